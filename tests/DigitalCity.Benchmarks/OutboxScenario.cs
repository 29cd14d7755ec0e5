using System.Diagnostics;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Benchmarks;

/// <summary>
/// The DigitalCity path: events already committed to a service's SQLite outbox are published by the
/// real <see cref="OutboxDispatcher"/> (read a batch, publish each with its confirm, mark the batch
/// sent) through the services' own bus set-up (<see cref="BenchmarkBus"/>), and
/// consumed by a MassTransit consumer. Writing the outbox is the services' request path and is
/// not timed; the round runs from the first dispatch until the consumer has every event.
/// </summary>
sealed class OutboxScenario(BenchmarkBus bus) : IScenario
{
    public string Name => "DigitalCity outbox";

    public async Task<RoundResult> RunRoundAsync(int round, int events, CancellationToken cancellationToken)
    {
        using var outbox = await OutboxFile.CreateAsync(events, cancellationToken);
        var store = new TimedOutboxStore(new SqliteOutboxStore(outbox.Database));
        using var dispatcher = new OutboxDispatcher(BenchmarkModule.ServiceName, store, outbox.Database.Signal, bus.Bus,
            new OutboxOptions(), TimeProvider.System, bus.Services.GetRequiredService<ILogger<OutboxDispatcher>>());
        bus.Counter.Expect(events);

        var stopwatch = Stopwatch.StartNew();
        await DispatchAllAsync(dispatcher, cancellationToken);
        var dispatched = stopwatch.Elapsed;
        await bus.Counter.WaitAsync(cancellationToken);
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
}
