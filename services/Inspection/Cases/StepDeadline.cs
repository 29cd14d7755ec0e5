using DigitalCity.Inspection.Deadlines;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 环节时限 — the clock of one step besides handling (verify, file+dispatch, acknowledge, re-check): its
/// limit (e.g. <c>"30 Minutes"</c>), when it started, when it is due on the working calendar, and the last
/// alert the deadline sweep raised for it, so each alert is raised once.
/// </summary>
public sealed record StepDeadline(string Limit, DateTimeOffset StartedAt, DateTimeOffset DueAt, DeadlineAlert Alert = DeadlineAlert.None)
{
    /// <summary>The step's clock for the calculator (steps are not suspended: only handling is).</summary>
    public Deadline ToDeadline() => new(StartedAt, TimeLimit.Parse(Limit));
}
