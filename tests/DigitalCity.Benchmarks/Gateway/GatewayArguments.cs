namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// The gateway benchmark's command line: rounds (each target once per round), seconds per wrk run, connections, and
/// optionally the folder of another gateway build (e.g. the previous commit's) measured as a fourth target in the same rounds.
/// </summary>
sealed record GatewayArguments(int Rounds, int Seconds, int Connections, string? Baseline = null)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- gateway [--rounds 3] [--seconds 10] [--connections 16] [--baseline DIR]   (needs wrk and nginx; DIR: another gateway build's bin/Release/net10.0)";

    public static GatewayArguments Default { get; } = new(3, 10, 16);

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static GatewayArguments Parse(IReadOnlyList<string> args) =>
        CommandLine.Parse(args, Default, (parsed, option, value) => option switch
        {
            "--rounds" => parsed with { Rounds = CommandLine.AtLeast(1, option, value) },
            "--seconds" => parsed with { Seconds = CommandLine.AtLeast(1, option, value) },
            "--connections" => parsed with { Connections = CommandLine.AtLeast(1, option, value) },
            "--baseline" => parsed with { Baseline = Directory.Exists(value) ? Path.GetFullPath(value) : throw new ArgumentException($"--baseline: no folder {value}.") },
            _ => null,
        });
}
