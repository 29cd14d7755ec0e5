using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 上报 — a grid officer (or a member of the public) reported an incident; the case awaits acceptance.
/// <see cref="GridCode"/>, <see cref="DistrictCode"/> and <see cref="StreetCode"/> are null when the point lies
/// outside every unit grid; <see cref="StreetCode"/> is also null in events published before it was added.
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
    string? DistrictCode = null,
    string? StreetCode = null) : IIntegrationEvent;
