namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// The gateway benchmark's command line: rounds (each target once per round and load), seconds per wrk run, the
/// saturating load's connections, the paced load's connections and pause, and optionally the folder of another gateway
/// build (e.g. the previous commit's) measured as a fourth target in the same rounds.
/// </summary>
sealed record GatewayArguments(int Rounds, int Seconds, int Connections, int PacedConnections, int PauseMilliseconds, string? Baseline = null)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- gateway [--rounds 5] [--seconds 10] [--connections 16] [--paced-connections 8] [--pause 5] [--baseline DIR]   (needs wrk and nginx; --pause: ms each paced connection waits after an answer; DIR: another gateway build's bin/Release/net10.0)";

    public static GatewayArguments Default { get; } = new(5, 10, 16, 8, 5);

    /// <summary>The saturating load: the throughput figure.</summary>
    public WrkLoad Saturating => new(Connections, Seconds);

    /// <summary>The paced load: the latency figure.</summary>
    public WrkLoad Paced => new(PacedConnections, Seconds, PauseMilliseconds);

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static GatewayArguments Parse(IReadOnlyList<string> args) =>
        CommandLine.Parse(args, Default, (parsed, option, value) => option switch
        {
            "--rounds" => parsed with { Rounds = CommandLine.AtLeast(1, option, value) },
            "--seconds" => parsed with { Seconds = CommandLine.AtLeast(1, option, value) },
            "--connections" => parsed with { Connections = CommandLine.AtLeast(1, option, value) },
            "--paced-connections" => parsed with { PacedConnections = CommandLine.AtLeast(1, option, value) },
            "--pause" => parsed with { PauseMilliseconds = CommandLine.AtLeast(1, option, value) },
            "--baseline" => parsed with { Baseline = Directory.Exists(value) ? Path.GetFullPath(value) : throw new ArgumentException($"--baseline: no folder {value}.") },
            _ => null,
        });
}
