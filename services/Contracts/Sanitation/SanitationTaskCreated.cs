using MassTransit;

namespace DigitalCity.Contracts.Sanitation;

/// <summary>A sanitation task was opened for an inspection case of a sanitation category.</summary>
[EntityName("digitalcity.sanitation.task-created")]
public sealed record SanitationTaskCreated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    Guid CaseId,
    string CategoryCode,
    GeoPoint Location,
    string Address) : IIntegrationEvent;
