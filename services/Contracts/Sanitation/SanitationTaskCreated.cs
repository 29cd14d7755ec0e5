using MassTransit;

namespace DigitalCity.Contracts.Sanitation;

/// <summary>
/// A sanitation task was opened for an inspection case dispatched to the sanitation department, or sent
/// back to it for rework. <see cref="DueAt"/> is the department's handling due instant on the case.
/// </summary>
[EntityName("digitalcity.sanitation.task-created")]
public sealed record SanitationTaskCreated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    Guid CaseId,
    string CategoryCode,
    GeoPoint Location,
    string Address,
    DateTimeOffset? DueAt = null) : IIntegrationEvent;
