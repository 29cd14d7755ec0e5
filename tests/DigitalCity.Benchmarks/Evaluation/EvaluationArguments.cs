namespace DigitalCity.Benchmarks.Evaluation;

/// <summary>
/// The evaluation benchmark's command line: how many cases to seed, how many queries per scenario and
/// round, and how many in flight in the concurrent round (the other round has one).
/// </summary>
sealed record EvaluationArguments(int Cases, int Queries, int Concurrency)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- evaluation [--cases 100000] [--queries 2000] [--concurrency 8]";

    public static EvaluationArguments Default { get; } = new(100_000, 2_000, 8);

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static EvaluationArguments Parse(IReadOnlyList<string> args) =>
        CommandLine.Parse(args, Default, (parsed, option, value) => option switch
        {
            "--cases" => parsed with { Cases = CommandLine.AtLeast(1, option, value) },
            "--queries" => parsed with { Queries = CommandLine.AtLeast(1, option, value) },
            "--concurrency" => parsed with { Concurrency = CommandLine.AtLeast(1, option, value) },
            _ => null,
        });
}
