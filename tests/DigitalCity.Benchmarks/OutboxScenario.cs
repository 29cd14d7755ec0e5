using System.Diagnostics;
using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Messaging;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace DigitalCity.Benchmarks;

/// <summary>
/// The DigitalCity path: events already committed to a service's SQLite outbox are published by the
/// real <see cref="OutboxDispatcher"/> (read a batch, publish each with its confirm, mark the batch
/// sent) through the services' own bus set-up (<see cref="MessagingSetup.AddMessaging(IServiceCollection, MessagingOptions, IReadOnlyList{DigitalCity.ServiceDefaults.Hosting.IServiceModule}, Action{IBusFactoryConfigurator}?)"/>), and
/// consumed by a MassTransit consumer. Writing the outbox is the services' request path and is
/// not timed; the round runs from the first dispatch until the consumer has every event.
/// </summary>
sealed class OutboxScenario : IScenario, IAsyncDisposable
{
    readonly IConnection _admin;
    readonly ServiceProvider _services;
    readonly IBusControl _bus;
    readonly DeliveryCounter _counter;

    OutboxScenario(IConnection admin, ServiceProvider services)
    {
        _admin = admin;
        _services = services;
        _bus = services.GetRequiredService<IBusControl>();
        _counter = services.GetRequiredService<DeliveryCounter>();
    }

    public string Name => "DigitalCity outbox";

    /// <summary>Builds and starts the bus once; <paramref name="admin"/> removes its broker entities afterwards.</summary>
    public static async Task<OutboxScenario> StartAsync(BrokerAddress broker, IConnection admin, CancellationToken cancellationToken)
    {
        await BenchmarkModule.DeleteBrokerEntitiesAsync(admin, cancellationToken);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<DeliveryCounter>()
            .AddMessaging(broker.MessagingOptions(), [new BenchmarkModule()],
                bus => bus.Message<CaseReported>(m => m.SetEntityName(BenchmarkModule.EventExchange)))
            .BuildServiceProvider();
        var scenario = new OutboxScenario(admin, services);
        await scenario._bus.StartAsync(cancellationToken);
        return scenario;
    }

    public async Task<RoundResult> RunRoundAsync(int round, int events, CancellationToken cancellationToken)
    {
        using var outbox = await OutboxFile.CreateAsync(events, cancellationToken);
        var store = new TimedOutboxStore(new SqliteOutboxStore(outbox.Database));
        using var dispatcher = new OutboxDispatcher(BenchmarkModule.ServiceName, store, outbox.Database.Signal, _bus,
            new OutboxOptions(), TimeProvider.System, _services.GetRequiredService<ILogger<OutboxDispatcher>>());
        _counter.Expect(events);

        var stopwatch = Stopwatch.StartNew();
        await DispatchAllAsync(dispatcher, cancellationToken);
        var dispatched = stopwatch.Elapsed;
        await _counter.WaitAsync(cancellationToken);
        stopwatch.Stop();

        var publishing = dispatched - store.Reading - store.Marking;
        return new RoundResult(Name, round, events, stopwatch.Elapsed,
            $"SQLite read {Ms(store.Reading)}, publishing with confirms {Ms(publishing)}, mark sent {Ms(store.Marking)}, " +
            $"consumer still busy after the last confirm {Ms(stopwatch.Elapsed - dispatched)}");
    }

    /// <summary>Dispatches until a round reads nothing, as the hosted dispatcher does while events are pending.</summary>
    static async Task DispatchAllAsync(OutboxDispatcher dispatcher, CancellationToken cancellationToken)
    {
        DispatchOutcome outcome;
        do
        {
            outcome = await dispatcher.DispatchOnceAsync(cancellationToken);
            if (outcome.Failed > 0)
            {
                throw new InvalidOperationException($"{outcome.Failed} of {outcome.Read} publishes were not confirmed; the figures would be meaningless.");
            }
        }
        while (outcome.Read > 0);
    }

    static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:N0} ms";

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        await BenchmarkModule.DeleteBrokerEntitiesAsync(_admin, CancellationToken.None);
    }
}
