namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 按期情况 — how a step stands against its due instant. Closed late (超期结案) and open past the
/// deadline (超期未结) are counted separately in the evaluation, hence four values rather than a flag.
/// </summary>
public enum DeadlineOutcome
{
    /// <summary>Still open and not yet due.</summary>
    Open,

    /// <summary>Closed at or before the due instant.</summary>
    OnTime,

    /// <summary>Closed after the due instant.</summary>
    ClosedLate,

    /// <summary>Still open after the due instant.</summary>
    OpenPastDeadline,
}

public static class DeadlineOutcomes
{
    /// <param name="dueAt">From <see cref="DeadlineCalculator.DueAt"/>; closing exactly then is on time.</param>
    /// <param name="closedAt">When the step was closed, or null while it is open.</param>
    /// <param name="now">Only consulted for an open step.</param>
    public static DeadlineOutcome Classify(DateTimeOffset dueAt, DateTimeOffset? closedAt, DateTimeOffset now) => closedAt switch
    {
        null when now > dueAt => DeadlineOutcome.OpenPastDeadline,
        null => DeadlineOutcome.Open,
        { } closed when closed > dueAt => DeadlineOutcome.ClosedLate,
        _ => DeadlineOutcome.OnTime,
    };
}
