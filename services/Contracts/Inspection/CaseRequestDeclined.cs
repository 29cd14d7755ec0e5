using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 驳回申请 — a pending request was declined. <see cref="RequestKind"/> is <c>Return</c>, <c>Extension</c>,
/// <c>Suspension</c> or <c>Void</c>; <see cref="DepartmentCode"/> is the asking department (null for a void request).
/// </summary>
[EntityName("digitalcity.inspection.case-request-declined")]
public sealed record CaseRequestDeclined(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string RequestKind,
    string? DepartmentCode,
    string RequestedBy,
    string DeclinedBy,
    string Reason) : IIntegrationEvent;
