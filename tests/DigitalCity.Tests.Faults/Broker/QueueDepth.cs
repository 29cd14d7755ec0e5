namespace DigitalCity.Tests.Faults.Broker;

/// <summary>A queue's messages: waiting for a consumer, and delivered to one but not yet acknowledged.</summary>
public sealed record QueueDepth(string Name, long Ready, long Unacknowledged)
{
    public long Messages => Ready + Unacknowledged;

    /// <summary>Where MassTransit moves what failed all its retries (<c>_error</c>) or had no consumer (<c>_skipped</c>).</summary>
    public bool IsDeadLetter => Name.EndsWith("_error", StringComparison.Ordinal) || Name.EndsWith("_skipped", StringComparison.Ordinal);
}
