namespace DigitalCity.ServiceDefaults.Messaging;

/// <summary>Configuration section <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessageTransport Transport { get; set; } = MessageTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>Delays of the in-process redeliveries before a message goes to its <c>_error</c> queue.</summary>
    public TimeSpan[] RetryIntervals { get; set; } =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];
}

public enum MessageTransport
{
    /// <summary>MassTransit's in-memory bus: standalone mode, one process.</summary>
    InMemory,

    /// <summary>A RabbitMQ broker: the distributed shape.</summary>
    RabbitMq,
}

/// <summary>
/// The broker's address and account. Host, username and password have no defaults: a process set to
/// use RabbitMQ without them refuses to start rather than run half-configured (the Development
/// settings give the local broker's guest account).
/// </summary>
public sealed class RabbitMqOptions
{
    public string? Host { get; set; }

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string? Username { get; set; }

    /// <summary>A secret: never logged.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Declare the services' queues as quorum queues (replicated on a RabbitMQ cluster) instead of
    /// classic queues. Production clusters turn this on; a single node gains nothing from it.
    /// </summary>
    public bool QuorumQueues { get; set; }

    /// <summary>
    /// Messages the broker may push ahead to each consumer; unset keeps MassTransit's default. Higher
    /// values keep consumers busy under bursts (see docs/benchmarks.md).
    /// </summary>
    public ushort? PrefetchCount { get; set; }
}
