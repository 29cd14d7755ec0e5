using DigitalCity.ServiceDefaults.Messaging;
using RabbitMQ.Client;

namespace DigitalCity.Benchmarks;

/// <summary>
/// The one broker both scenarios use. The amqp:// URI is parsed once, by RabbitMQ.Client, and the
/// MassTransit side receives the same host, port, vhost and account as <see cref="MessagingOptions"/>,
/// so the two figures can never come from different brokers.
/// </summary>
sealed class BrokerAddress
{
    /// <summary>AMQP's port, for a URI that names none (RabbitMQ.Client would leave it unset).</summary>
    const int DefaultPort = 5672;

    readonly ConnectionFactory _factory;
    readonly Uri _uri;

    public BrokerAddress(Uri uri)
    {
        _uri = uri;
        _factory = new ConnectionFactory { Uri = uri };
        if (_factory.Port == AmqpTcpEndpoint.UseDefaultPort)
        {
            _factory.Port = DefaultPort;
        }
    }

    public Task<IConnection> ConnectAsync(string clientName, CancellationToken cancellationToken) =>
        _factory.CreateConnectionAsync(clientName, cancellationToken);

    /// <summary>The services' messaging options, pointed at this broker.</summary>
    public MessagingOptions MessagingOptions() => new()
    {
        Transport = MessageTransport.RabbitMq,
        RabbitMq = new RabbitMqOptions
        {
            Host = _factory.HostName,
            Port = (ushort)_factory.Port,
            VirtualHost = _factory.VirtualHost,
            Username = _factory.UserName,
            Password = _factory.Password,
        },
    };

    /// <summary><see cref="MessagingOptions"/> as the command-line settings a service host reads.</summary>
    public string[] MessagingSettings()
    {
        var rabbit = MessagingOptions().RabbitMq;
        return
        [
            "--Messaging:Transport=RabbitMq",
            $"--Messaging:RabbitMq:Host={rabbit.Host}",
            $"--Messaging:RabbitMq:Port={rabbit.Port}",
            $"--Messaging:RabbitMq:VirtualHost={rabbit.VirtualHost}",
            $"--Messaging:RabbitMq:Username={rabbit.Username}",
            $"--Messaging:RabbitMq:Password={rabbit.Password}",
        ];
    }

    /// <summary>The same broker and account, in another virtual host.</summary>
    public BrokerAddress InVirtualHost(string virtualHost) => new(new UriBuilder(_uri) { Path = "/" + Uri.EscapeDataString(virtualHost) }.Uri);

    public string VirtualHost => _factory.VirtualHost;

    public string UserName => _factory.UserName;

    /// <summary>Whether the broker runs on this machine, so its command-line tools reach it.</summary>
    public bool IsLocal => _factory.HostName is "localhost" or "127.0.0.1" or "::1";

    public override string ToString() => $"{_factory.HostName}:{_factory.Port}, vhost '{_factory.VirtualHost}'";
}
