using MassTransit;

namespace DigitalCity.Contracts.Sanitation;

/// <summary>
/// A sanitation task was cancelled because its case no longer needs the work: the department's part was
/// returned (回退) or the case voided (作废). <see cref="Reason"/> says which.
/// </summary>
[EntityName("digitalcity.sanitation.task-cancelled")]
public sealed record SanitationTaskCancelled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    Guid? CaseId,
    string Reason) : IIntegrationEvent;
