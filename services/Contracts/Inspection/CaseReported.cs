using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 上报 — a grid officer (or a member of the public) reported an incident; the case awaits acceptance.
/// <see cref="GridCode"/> and <see cref="DistrictCode"/> are null when the point lies outside every unit grid.
/// </summary>
[EntityName("digitalcity.inspection.case-reported")]
public sealed record CaseReported(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string CategoryCode,
    string CategoryName,
    GeoPoint Location,
    string Address,
    string Description,
    IReadOnlyList<string> PhotoRefs,
    string ReportedBy,
    string? GridCode = null,
    string? DistrictCode = null) : IIntegrationEvent;
