using System.Diagnostics;
using DigitalCity.Contracts.Inspection;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// Plain MassTransit: the services' bus (<see cref="BenchmarkBus"/>, MassTransit's default publisher confirms) publishes
/// <see cref="CaseReported"/> events made before the clock starts, at most <see cref="RawRabbitMqScenario.MaxOutstanding"/>
/// awaiting their confirm as in the raw scenario, to the benchmark's counting consumer. No outbox, no SQLite: what
/// MassTransit itself costs on top of RabbitMQ.Client.
/// </summary>
sealed class MassTransitScenario(BenchmarkBus bus) : IScenario
{
    public string Name => "MassTransit publish";

    public async Task<RoundResult> RunRoundAsync(int round, int events, CancellationToken cancellationToken)
    {
        var messages = Enumerable.Range(0, events).Select(SampleEvents.CaseReported).ToArray();
        bus.Counter.Expect(events);
        var stopwatch = Stopwatch.StartNew();
        await PublishWindows.RunAsync(events, i => bus.Bus.Publish(messages[i], cancellationToken));
        var confirmed = stopwatch.Elapsed;
        await bus.Counter.WaitAsync(cancellationToken);
        stopwatch.Stop();
        return new RoundResult(Name, round, events, stopwatch.Elapsed,
            $"publishing with confirms {confirmed.TotalMilliseconds:N0} ms, consumer still busy after the last confirm {(stopwatch.Elapsed - confirmed).TotalMilliseconds:N0} ms");
    }
}
