using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 核查 — the grid officer answered the re-check. When <see cref="Passed"/> is false,
/// <see cref="CaseReworkOrdered"/> follows.
/// <see cref="OnTime"/>: whether it came within the step's time limit (null when no limit applied).
/// </summary>
[EntityName("digitalcity.inspection.case-rechecked")]
public sealed record CaseRechecked(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string OfficerId,
    bool Passed,
    string? Comment,
    IReadOnlyList<string> PhotoRefs,
    bool? OnTime = null) : IIntegrationEvent;
