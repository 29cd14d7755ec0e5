namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 挂账 — an approved pause of a case's clock, [From, To). <see cref="To"/> is null while the case is
/// still suspended; until it resumes, the calculator treats the pause as lasting up to "now".
/// </summary>
public sealed record Suspension
{
    public Suspension(DateTimeOffset from, DateTimeOffset? to = null)
    {
        if (to < from)
        {
            throw new ArgumentException($"A suspension cannot end ({to:O}) before it starts ({from:O}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset? To { get; }

    public bool IsOpen => To is null;

    /// <summary>Whether the clock is stopped at <paramref name="instant"/> by this suspension.</summary>
    public bool Covers(DateTimeOffset instant) => From <= instant && (To is null || instant < To);
}
