using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 上报 — a grid officer (or a member of the public) reported an incident; the case awaits acceptance.
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
    string ReportedBy) : IIntegrationEvent;
