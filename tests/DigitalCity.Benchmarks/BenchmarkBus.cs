using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace DigitalCity.Benchmarks;

/// <summary>
/// The services' own bus set-up (<see cref="MessagingSetup.AddMessaging(IServiceCollection, MessagingOptions, IReadOnlyList{DigitalCity.ServiceDefaults.Hosting.IServiceModule}, Action{IBusFactoryConfigurator}?)"/>)
/// on RabbitMQ, with the <see cref="BenchmarkModule"/>'s counting consumer and <see cref="CaseReported"/> sent to the
/// benchmark's own exchange, started once and shared by the scenarios that publish through MassTransit.
/// </summary>
sealed class BenchmarkBus : IAsyncDisposable
{
    readonly IConnection _admin;
    readonly ServiceProvider _services;

    BenchmarkBus(IConnection admin, ServiceProvider services)
    {
        _admin = admin;
        _services = services;
        Bus = services.GetRequiredService<IBusControl>();
        Counter = services.GetRequiredService<DeliveryCounter>();
    }

    public IBusControl Bus { get; }

    /// <summary>Counts what the benchmark's consumer received.</summary>
    public DeliveryCounter Counter { get; }

    public IServiceProvider Services => _services;

    /// <summary>Builds and starts the bus; <paramref name="admin"/> removes its broker entities before and afterwards.</summary>
    public static async Task<BenchmarkBus> StartAsync(BrokerAddress broker, IConnection admin, CancellationToken cancellationToken)
    {
        await BenchmarkModule.DeleteBrokerEntitiesAsync(admin, cancellationToken);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<DeliveryCounter>()
            .AddMessaging(broker.MessagingOptions(), [new BenchmarkModule()],
                bus => bus.Message<CaseReported>(m => m.SetEntityName(BenchmarkModule.EventExchange)))
            .BuildServiceProvider();
        var bus = new BenchmarkBus(admin, services);
        await bus.Bus.StartAsync(cancellationToken);
        return bus;
    }

    public async ValueTask DisposeAsync()
    {
        await Bus.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        await BenchmarkModule.DeleteBrokerEntitiesAsync(_admin, CancellationToken.None);
    }
}
