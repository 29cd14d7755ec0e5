using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using RabbitMQ.Client;

namespace DigitalCity.Benchmarks;

/// <summary>
/// The benchmark as a DigitalCity service module: it consumes <see cref="CaseReported"/> on its own
/// queue, registered the way every service registers its consumers, and it owns the broker
/// entities that registration creates, so it can remove them afterwards.
/// </summary>
sealed class BenchmarkModule : IServiceModule
{
    /// <summary>The exchange the benchmark publishes <see cref="CaseReported"/> to instead of the services' one: on a shared broker the services' durable queues are bound to the real exchange and would collect every benchmark event as a fake case.</summary>
    public const string EventExchange = "digitalcity.benchmark.case-reported";

    public const string ServiceName = "benchmark";

    public string Name => ServiceName;

    /// <summary>The consumer's queue, and the exchange of the same name in front of it.</summary>
    public static string Queue => MessagingSetup.EndpointName<CaseReportedConsumer>(ServiceName);

    public void AddServices(WebApplicationBuilder builder)
    {
    }

    public void AddConsumers(IBusRegistrationConfigurator bus) => bus.AddServiceConsumer<CaseReportedConsumer>(Name);

    public void Map(WebApplication app)
    {
    }

    /// <summary>
    /// Deletes the consumer's queue and exchange and the event's exchange (with its binding to the
    /// shared <c>IIntegrationEvent</c> exchange, which stays). Also run before the bus starts, so
    /// messages left by an interrupted run cannot count towards this one.
    /// </summary>
    public static async Task DeleteBrokerEntitiesAsync(IConnection connection, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeleteAsync(Queue, ifUnused: false, ifEmpty: false, cancellationToken: cancellationToken);
        await channel.ExchangeDeleteAsync(Queue, ifUnused: false, cancellationToken: cancellationToken);
        await channel.ExchangeDeleteAsync(EventExchange, ifUnused: false, cancellationToken: cancellationToken);
    }
}
