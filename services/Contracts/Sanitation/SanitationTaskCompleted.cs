using MassTransit;

namespace DigitalCity.Contracts.Sanitation;

/// <summary>
/// Sanitation staff finished a task; when it came from an inspection case, the result (with photos)
/// goes back to that case as its handling result.
/// </summary>
[EntityName("digitalcity.sanitation.task-completed")]
public sealed record SanitationTaskCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    Guid? CaseId,
    string Result,
    IReadOnlyList<string> PhotoRefs,
    string CompletedBy) : IIntegrationEvent;
