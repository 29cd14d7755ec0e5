namespace DigitalCity.ServiceDefaults.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Messages read and published per round.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long the dispatcher sleeps when nothing signals new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a dispatcher holds the messages it claimed; after that another replica may take them
    /// over. Longer than a batch normally takes to publish.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one publish may wait for the broker's confirm.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest pause between attempts while the broker is unreachable.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long confirmed messages are kept before they are purged.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
}
