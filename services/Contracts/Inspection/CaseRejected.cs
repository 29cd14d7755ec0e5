using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 不予受理 — an operator rejected the report; the case is closed without being filed.
/// </summary>
[EntityName("digitalcity.inspection.case-rejected")]
public sealed record CaseRejected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string RejectedBy,
    string Reason) : IIntegrationEvent;
