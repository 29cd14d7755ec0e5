namespace DigitalCity.Benchmarks.Intake;

/// <summary>
/// The intake benchmark's command line: reports per round, rounds, requests in flight, and how many
/// cases the store holds before the first request.
/// </summary>
sealed record IntakeArguments(int Reports, int Rounds, int Concurrency, int SeedCases)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- intake [--reports 20000] [--rounds 3] [--concurrency 16] [--seed-cases 0]";

    public static IntakeArguments Default { get; } = new(20_000, 3, 16, 0);

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static IntakeArguments Parse(IReadOnlyList<string> args) =>
        CommandLine.Parse(args, Default, (parsed, option, value) => option switch
        {
            "--reports" => parsed with { Reports = CommandLine.AtLeast(1, option, value) },
            "--rounds" => parsed with { Rounds = CommandLine.AtLeast(1, option, value) },
            "--concurrency" => parsed with { Concurrency = CommandLine.AtLeast(1, option, value) },
            "--seed-cases" => parsed with { SeedCases = CommandLine.AtLeast(0, option, value) },
            _ => null,
        });
}
