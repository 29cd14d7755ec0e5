namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 办理时限 — the clock of one step of a case: when it started, its limit, the approved extensions
/// (延期) that add to it and the suspensions (挂账) that stop it. Immutable; <see cref="DeadlineCalculator"/>
/// turns it into a due instant and a traffic light.
/// </summary>
public sealed class Deadline
{
    public Deadline(
        DateTimeOffset start,
        TimeLimit limit,
        IEnumerable<TimeLimit>? extensions = null,
        IEnumerable<Suspension>? suspensions = null)
    {
        ArgumentNullException.ThrowIfNull(limit);
        Start = start;
        Limit = limit;
        Extensions = [.. extensions ?? []];
        Suspensions = [.. (suspensions ?? []).OrderBy(s => s.From)];

        // The used fraction needs one measure: 2 h plus 1 working day has none.
        foreach (var extension in Extensions)
        {
            if (extension.Kind != limit.Kind)
            {
                throw new ArgumentException(
                    $"Extension {extension} runs on {extension.Kind} time but the limit {limit} on {limit.Kind} time; extend a limit in the same kind of time.",
                    nameof(extensions));
            }
        }

        if (Suspensions.Count(s => s.IsOpen) > 1)
        {
            throw new ArgumentException("A step can have only one suspension still running.", nameof(suspensions));
        }
    }

    public DateTimeOffset Start { get; }

    public TimeLimit Limit { get; }

    public IReadOnlyList<TimeLimit> Extensions { get; }

    /// <summary>Ordered by start. Overlaps count once and time before <see cref="Start"/> is ignored.</summary>
    public IReadOnlyList<Suspension> Suspensions { get; }

    public TimeKind Kind => Limit.Kind;

    /// <summary>Whether a suspension is still running, i.e. the case has not resumed yet.</summary>
    public bool IsSuspended => Suspensions.Any(s => s.IsOpen);

    /// <summary>延期 — an approved extension adds its time to the limit.</summary>
    public Deadline Extend(TimeLimit extension) => new(Start, Limit, [.. Extensions, extension], Suspensions);

    /// <summary>挂账 — stops the clock from <paramref name="at"/> until <see cref="Resume"/>.</summary>
    public Deadline Suspend(DateTimeOffset at)
    {
        if (IsSuspended)
        {
            throw new InvalidOperationException("The step is already suspended.");
        }

        return new(Start, Limit, Extensions, [.. Suspensions, new Suspension(at)]);
    }

    /// <summary>恢复 — restarts the clock by closing the running suspension at <paramref name="at"/>.</summary>
    public Deadline Resume(DateTimeOffset at)
    {
        var open = Suspensions.SingleOrDefault(s => s.IsOpen)
            ?? throw new InvalidOperationException("The step is not suspended.");
        return new(Start, Limit, Extensions, [.. Suspensions.Where(s => !s.IsOpen), new Suspension(open.From, at)]);
    }
}
