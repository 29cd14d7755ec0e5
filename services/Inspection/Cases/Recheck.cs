namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 核查 — an operator asks a grid officer to re-check a handled case on site. The answer fields stay empty
/// until the officer submits (<see cref="AnsweredAt"/> set); <see cref="Passed"/> false orders rework (返工).
/// <see cref="Deadline"/> is the re-check step's clock (null when no limit applied).
/// </summary>
public sealed record Recheck(
    string OfficerId,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    bool? Passed,
    string? Comment,
    IReadOnlyList<string> PhotoRefs,
    DateTimeOffset? AnsweredAt,
    StepDeadline? Deadline = null);
