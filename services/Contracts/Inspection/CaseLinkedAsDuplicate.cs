using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 重复上报 — an operator linked a report to an existing case instead of filing it; the report is closed
/// as rejected (not counted as filed) and points at the case that carries the work.
/// </summary>
[EntityName("digitalcity.inspection.case-linked-as-duplicate")]
public sealed record CaseLinkedAsDuplicate(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    Guid OriginalCaseId,
    string OriginalCaseNumber,
    string OperatorId) : IIntegrationEvent;
