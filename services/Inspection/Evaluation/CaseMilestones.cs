using DigitalCity.Inspection.Cases;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// The moments of a case's past that facts are dated and keyed by. Only what cannot change is read:
/// the case's assignments and history are append-only, so anything at or before an event's own instant
/// reads the same whenever (and in whichever order) the events are projected. Instants are compared at
/// millisecond precision, as MongoDB stores them.
/// </summary>
public static class CaseMilestones
{
    /// <summary>The instant truncated to the millisecond, in UTC.</summary>
    public static DateTimeOffset Ms(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    /// <summary>A stable text form of an instant for subject keys.</summary>
    public static string Key(DateTimeOffset instant) => Ms(instant).ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The department's assignment an event at <paramref name="at"/> concerns: its latest dispatch at or before then.</summary>
    public static CaseAssignment? AssignmentAt(Case @case, string department, DateTimeOffset at) =>
        @case.Assignments
            .Where(a => a.DepartmentCode == department && Ms(a.DispatchedAt) <= Ms(at))
            .MaxBy(a => a.DispatchedAt);

    /// <summary>
    /// When an assignment was settled for its deadline: its first handling or its first overdue alert,
    /// whichever came first (before any later dispatch of the same department); <paramref name="fallback"/>
    /// when the history shows neither (a handling result recorded without a dispatch).
    /// </summary>
    public static DateTimeOffset SettledAt(Case @case, string department, CaseAssignment? assignment, DateTimeOffset fallback)
    {
        if (assignment is null)
        {
            return fallback;
        }

        var start = Ms(assignment.DispatchedAt);
        var next = @case.Assignments
            .Where(a => a.DepartmentCode == department && Ms(a.DispatchedAt) > start)
            .Select(a => (DateTimeOffset?)Ms(a.DispatchedAt))
            .Min();
        var settled = @case.History
            .Where(h => h.DepartmentCode == department && h.Action is CaseActions.Handle or CaseActions.Overdue)
            .Where(h => Ms(h.At) >= start && (next is null || Ms(h.At) < next))
            .Select(h => (DateTimeOffset?)h.At)
            .Min();
        return settled ?? fallback;
    }

    /// <summary>
    /// When the case fell due for closing, as seen from an event at <paramref name="at"/>: its first
    /// overdue alert if one came by then, else <paramref name="at"/> itself (the closing).
    /// </summary>
    public static DateTimeOffset ClosingDueAt(Case @case, DateTimeOffset at)
    {
        var firstOverdue = @case.History
            .Where(h => h.Action == CaseActions.Overdue && Ms(h.At) <= Ms(at))
            .Select(h => (DateTimeOffset?)h.At)
            .Min();
        return firstOverdue is { } overdue && overdue < at ? overdue : at;
    }

    /// <summary>When the request (核实 or 核查) answered at <paramref name="answeredAt"/> was asked: the last such request before it.</summary>
    public static DateTimeOffset RequestedAt(Case @case, string requestAction, DateTimeOffset answeredAt) =>
        @case.History
            .Where(h => h.Action == requestAction && Ms(h.At) <= Ms(answeredAt))
            .Select(h => (DateTimeOffset?)h.At)
            .Max() ?? answeredAt;
}
