using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 督办 — someone put an open case under supervision (again); it is flagged for priority follow-up.
/// </summary>
[EntityName("digitalcity.inspection.case-supervised")]
public sealed record CaseSupervised(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string SupervisedBy,
    string? Note) : IIntegrationEvent;
