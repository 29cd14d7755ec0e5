using DigitalCity.Benchmarks.Gateway;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// The suite's command line: runs per pair, <c>--quick</c> (small rounds, to check the suite works), where to write the
/// Markdown section, and the broker (<c>--rabbitmq</c>, else <see cref="BrokerVariable"/>, else the local guest account).
/// </summary>
sealed record SuiteArguments(int Runs, bool Quick, string? Write, Uri RabbitMq)
{
    public const string BrokerVariable = "DIGITALCITY_BENCH_RABBITMQ";

    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- suite [--runs 3] [--quick] [--write docs/benchmarks.md] [--rabbitmq amqp://guest:guest@localhost:5672/]   " +
        "(needs wrk, nginx and RabbitMQ; the broker may also come from " + BrokerVariable + ")";

    const string QuickFlag = "--quick";

    /// <summary>wrk's saturating load per target and run (the throughput figure), as the gateway benchmark's default.</summary>
    public WrkLoad GatewaySaturating => GatewayArguments.Default.Saturating with { Seconds = GatewaySeconds };

    /// <summary>wrk's paced load per target and run (the latency figure), as the gateway benchmark's default.</summary>
    public WrkLoad GatewayPaced => GatewayArguments.Default.Paced with { Seconds = GatewaySeconds };

    /// <summary>Seconds of wrk per target, load and run.</summary>
    int GatewaySeconds => Quick ? 2 : 10;

    /// <summary>Events per scenario and run of the messaging pair.</summary>
    public int Events => Quick ? 2_000 : 20_000;

    /// <summary>Reports per scenario and run of the intake pair.</summary>
    public int Reports => Quick ? 1_000 : 5_000;

    /// <summary>Reports in flight, as the intake benchmark's default.</summary>
    public int Concurrency => 16;

    /// <summary>The options as given, for the command printed beside the figures.</summary>
    public IReadOnlyList<string> Given { get; init; } = [];

    /// <summary>The command that reproduces this run (the broker's password left out).</summary>
    public string Command => string.Join(' ', ["dotnet run -c Release --project tests/DigitalCity.Benchmarks -- suite", .. Redacted(Given)]);

    /// <param name="brokerVariable">The value of <see cref="BrokerVariable"/>, if set.</param>
    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static SuiteArguments Parse(IReadOnlyList<string> args, string? brokerVariable)
    {
        var defaults = new SuiteArguments(3, args.Contains(QuickFlag), null,
            BenchmarkArguments.AmqpUri(string.IsNullOrEmpty(brokerVariable) ? BenchmarkArguments.Default.RabbitMq.ToString() : brokerVariable))
        {
            Given = [.. args],
        };
        return CommandLine.Parse([.. args.Where(a => a != QuickFlag)], defaults, (parsed, option, value) => option switch
        {
            "--runs" => parsed with { Runs = CommandLine.AtLeast(1, option, value) },
            "--write" => parsed with { Write = value },
            "--rabbitmq" => parsed with { RabbitMq = BenchmarkArguments.AmqpUri(value) },
            _ => null,
        });
    }

    static IEnumerable<string> Redacted(IEnumerable<string> args) =>
        args.Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? new UriBuilder(uri) { Password = "…" }.Uri.ToString()
            : a);
}
