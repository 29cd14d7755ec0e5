using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 恢复 — a dispatcher resumed a suspended case; the suspension ran from <see cref="SuspendedFrom"/> to <c>OccurredAt</c>.
/// </summary>
[EntityName("digitalcity.inspection.case-resumed")]
public sealed record CaseResumed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string ResumedBy,
    DateTimeOffset SuspendedFrom) : IIntegrationEvent;
