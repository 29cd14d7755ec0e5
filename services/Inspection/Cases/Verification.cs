namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 核实 — an operator asks a grid officer to confirm a report on site. The answer fields stay empty until
/// the officer submits (<see cref="AnsweredAt"/> set); <see cref="Confirmed"/> says whether the issue is real.
/// <see cref="Deadline"/> is the verify step's clock (null when no limit applied).
/// </summary>
public sealed record Verification(
    string OfficerId,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? Note,
    bool? Confirmed,
    string? Comment,
    IReadOnlyList<string> PhotoRefs,
    DateTimeOffset? AnsweredAt,
    StepDeadline? Deadline = null);
