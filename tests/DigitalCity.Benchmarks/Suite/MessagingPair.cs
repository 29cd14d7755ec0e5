using static DigitalCity.Benchmarks.Suite.SuiteConsole;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// MassTransit vs raw RabbitMQ.Client, both publishing with confirms to a consumer on one broker: the raw baseline
/// (<see cref="RawRabbitMqScenario"/>), plain MassTransit on the services' bus (<see cref="MassTransitScenario"/>), and,
/// beside them, the outbox publishing through that bus (<see cref="OutboxScenario"/>); the three take turns in every run.
/// </summary>
static class MessagingPair
{
    public const string Name = "MassTransit vs raw RabbitMQ.Client, with confirms";

    /// <summary>One small untimed round per scenario first, as in the outbox benchmark.</summary>
    const int WarmUpEvents = 1_000;

    public static async Task<PairSummary> RunAsync(SuiteArguments arguments, BrokerAddress broker, string brokerVersion, CancellationToken cancellationToken)
    {
        var setup = Text($"{arguments.Events:N0} CaseReported events per scenario × {arguments.Runs} runs, {brokerVersion} at {broker}");
        Line($"== {Name}: {setup}");
        await using var connection = await broker.ConnectAsync("digitalcity-benchmark-suite", cancellationToken);
        var raw = new RawRabbitMqScenario(connection);
        await using var bus = await BenchmarkBus.StartAsync(broker, connection, cancellationToken);
        var massTransit = new MassTransitScenario(bus);
        var outbox = new OutboxScenario(bus);
        IScenario[] scenarios = [raw, massTransit, outbox];
        foreach (var scenario in scenarios)
        {
            Report.Round(await scenario.RunRoundAsync(0, Math.Min(WarmUpEvents, arguments.Events), cancellationToken), warmUp: true);
        }

        var results = new List<RoundResult>();
        for (var run = 1; run <= arguments.Runs; run++)
        {
            var runResults = new List<RoundResult>();
            foreach (var scenario in scenarios)
            {
                var result = await scenario.RunRoundAsync(run, arguments.Events, cancellationToken);
                Report.Round(result, warmUp: false);
                runResults.Add(result);
            }

            double Rate(IScenario scenario) => runResults.Single(r => r.Scenario == scenario.Name).EventsPerSecond;
            Line($"run {run} {Ratio.Of("MassTransit", Rate(massTransit), "raw", Rate(raw))}, {Ratio.Of("outbox", Rate(outbox), "raw", Rate(raw))}");
            results.AddRange(runResults);
        }

        double MedianOf(IScenario scenario) => Median.Of(results.Where(r => r.Scenario == scenario.Name).Select(r => r.EventsPerSecond));
        var (rawRate, massTransitRate, outboxRate) = (MedianOf(raw), MedianOf(massTransit), MedianOf(outbox));
        return new PairSummary(
            Name,
            Text($"raw RabbitMQ.Client {rawRate:N0} events/s"),
            Text($"MassTransit publish {massTransitRate:N0} events/s; outbox over MassTransit {outboxRate:N0} events/s"),
            Text($"{Ratio.Of("MassTransit", massTransitRate, "raw", rawRate)}; {Ratio.Of("outbox", outboxRate, "raw", rawRate)}"),
            setup);
    }
}
