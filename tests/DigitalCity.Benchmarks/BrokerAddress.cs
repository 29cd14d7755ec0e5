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

    public BrokerAddress(Uri uri)
    {
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

    public override string ToString() => $"{_factory.HostName}:{_factory.Port}, vhost '{_factory.VirtualHost}'";
}
