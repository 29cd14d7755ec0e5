namespace DigitalCity.ServiceDefaults.Sweeps;

/// <summary>Where a replica's deadline sweep stands: when it started, when it last finished a pass, its last error.</summary>
public sealed record SweepStatus(DateTimeOffset StartedAt, DateTimeOffset? LastCompletedAt, string? LastError, TimeSpan Interval)
{
    /// <summary>How many intervals may pass without a finished pass before the sweep counts as stalled.</summary>
    public const int StallIntervals = 3;

    /// <summary>Whether no pass has finished for <see cref="StallIntervals"/> intervals (counted from the start before the first).</summary>
    public bool IsStalled(DateTimeOffset now) => now - (LastCompletedAt ?? StartedAt) > Interval * StallIntervals;
}
