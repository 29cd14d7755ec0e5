using MassTransit;

namespace DigitalCity.Contracts.Sanitation;

/// <summary>
/// Sanitation staff finished a task; when it came from an inspection case, the result (with photos)
/// goes back to that case as the handling result of <see cref="DepartmentCode"/>'s part (the sanitation
/// department's code; null from publishers that predate it, read as <c>sanitation</c>).
/// </summary>
[EntityName("digitalcity.sanitation.task-completed")]
public sealed record SanitationTaskCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    Guid? CaseId,
    string Result,
    IReadOnlyList<string> PhotoRefs,
    string CompletedBy,
    string? DepartmentCode = null) : IIntegrationEvent;
