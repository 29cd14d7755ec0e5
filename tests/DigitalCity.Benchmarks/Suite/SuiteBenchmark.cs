using static DigitalCity.Benchmarks.Suite.SuiteConsole;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// Issue #9's benchmark suite, one command: gateway vs direct vs nginx, MassTransit vs raw RabbitMQ.Client with
/// confirms (the outbox beside them), and report intake end to end vs the raw store insert. Each pair runs its
/// scenarios in turn, <c>--runs</c> times, and is reported as medians and their ratios, all measured in this run;
/// then a Markdown section with a row per pair, the date, the machine and the command (written to a file with <c>--write</c>).
/// </summary>
static class SuiteBenchmark
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, a => SuiteArguments.Parse(a, Environment.GetEnvironmentVariable(SuiteArguments.BrokerVariable)), SuiteArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var broker = new BrokerAddress(arguments.RabbitMq);
        var machine = await DescribeAsync(broker, cancellationToken);
        var started = DateTime.UtcNow;
        var loadBefore = MachineInfo.LoadAverage();
        machine.PrintHeader($"DigitalCity benchmark suite (#9): {arguments.Runs} runs per pair{(arguments.Quick ? ", --quick (small rounds: a check, not figures)" : "")}, {started:yyyy-MM-dd HH:mm} UTC");
        Line($"Command: {arguments.Command}");
        Console.WriteLine();

        var failures = new List<string>();
        async Task<PairSummary> MeasureAsync(string pair, Func<Task<PairSummary>> run)
        {
            try
            {
                var summary = await run();
                summary.Print();
                return summary;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Line($"{pair} FAILED: {ex.Message}");
                Console.WriteLine();
                failures.Add(pair);
                return PairSummary.NotMeasured(pair, ex.Message);
            }
        }

        var brokerBelow = machine.RabbitMq is null ? null : broker;
        if (brokerBelow is null)
        {
            Line($"No broker answers at {broker}: {MessagingPair.Name} is not measured and intake runs on the in-memory bus.");
            Console.WriteLine();
            failures.Add($"{MessagingPair.Name} (no broker)");
        }

        PairSummary[] pairs =
        [
            await MeasureAsync(GatewayPair.Name, () => GatewayPair.RunAsync(arguments, cancellationToken)),
            brokerBelow is null
                ? PairSummary.NotMeasured(MessagingPair.Name, $"no broker at {broker}")
                : await MeasureAsync(MessagingPair.Name, () => MessagingPair.RunAsync(arguments, brokerBelow, machine.RabbitMq!, cancellationToken)),
            await MeasureAsync(IntakePair.Name, () => IntakePair.RunAsync(arguments, brokerBelow, cancellationToken)),
        ];

        var loadAfter = MachineInfo.LoadAverage();
        Line($"== Summary ({started:yyyy-MM-dd HH:mm} UTC, {(DateTime.UtcNow - started).TotalMinutes:0.0} min)");
        foreach (var pair in pairs)
        {
            Line($"{pair.Pair}: {pair.Ratios}");
        }

        Line($"Load average (1, 5, 15 min) before the run {loadBefore}, after it {loadAfter}");
        Console.WriteLine();
        var block = SuiteMarkdown.Block(pairs, started, machine.ToString(), arguments.Command, loadBefore, loadAfter);
        Console.WriteLine(block);
        if (failures.Count > 0)
        {
            Console.WriteLine();
            Line($"{failures.Count} pair(s) failed or not measured ({string.Join("; ", failures)}){(arguments.Write is null ? "" : $": {arguments.Write} left as it was")}.");
            return 1;
        }

        if (arguments.Write is { } path)
        {
            var document = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "";
            await File.WriteAllTextAsync(path, SuiteMarkdown.Replace(document, block), cancellationToken);
            Console.WriteLine();
            Line($"Written to {Path.GetFullPath(path)}.");
        }

        return 0;
    }

    /// <summary>The machine, with the broker's version when it answers; without one the broker's pairs say so.</summary>
    static async Task<MachineInfo> DescribeAsync(BrokerAddress broker, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await broker.ConnectAsync("digitalcity-benchmark-suite", cancellationToken);
            return MachineInfo.Describe(connection);
        }
        catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException)
        {
            return MachineInfo.Describe();
        }
    }
}
