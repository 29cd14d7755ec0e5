using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 签收 — a department acknowledged the task dispatched to it. <see cref="OnTime"/>: whether it did so
/// within the acknowledge step limit (null when no limit applied).
/// </summary>
[EntityName("digitalcity.inspection.case-acknowledged")]
public sealed record CaseAcknowledged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    string AcknowledgedBy,
    bool? OnTime = null) : IIntegrationEvent;
