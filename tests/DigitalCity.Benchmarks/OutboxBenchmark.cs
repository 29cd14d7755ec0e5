namespace DigitalCity.Benchmarks;

/// <summary>
/// End-to-end events/s of raw RabbitMQ.Client publishing with confirms against the DigitalCity outbox,
/// in one run against one broker.
/// </summary>
static class OutboxBenchmark
{
    /// <summary>One small untimed round per scenario first, so JIT compilation and connection warm-up are not measured.</summary>
    const int WarmUpEvents = 1_000;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, BenchmarkArguments.Parse, BenchmarkArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var broker = new BrokerAddress(arguments.RabbitMq);
        await using var connection = await broker.ConnectAsync("digitalcity-benchmark", cancellationToken);
        var machine = MachineInfo.Describe(connection);
        Report.Header(arguments, broker, machine);

        var raw = new RawRabbitMqScenario(connection);
        await using var bus = await BenchmarkBus.StartAsync(broker, connection, cancellationToken);
        var outbox = new OutboxScenario(bus);
        IScenario[] scenarios = [raw, outbox];

        foreach (var scenario in scenarios)
        {
            Report.Round(await scenario.RunRoundAsync(0, Math.Min(WarmUpEvents, arguments.Events), cancellationToken), warmUp: true);
        }

        // Alternating rounds, so a slow spell of the machine or the broker hits both scenarios alike.
        var results = new List<RoundResult>();
        for (var round = 1; round <= arguments.Rounds; round++)
        {
            foreach (var scenario in scenarios)
            {
                var result = await scenario.RunRoundAsync(round, arguments.Events, cancellationToken);
                Report.Round(result, warmUp: false);
                results.Add(result);
            }
        }

        Report.Summary(results, raw.Name, outbox.Name, arguments, machine);
        return 0;
    }
}
