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
    public static EvaluationArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            parsed = args[i] switch
            {
                "--cases" => parsed with { Cases = AtLeast(1, args[i], value) },
                "--queries" => parsed with { Queries = AtLeast(1, args[i], value) },
                "--concurrency" => parsed with { Concurrency = AtLeast(1, args[i], value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return parsed;
    }

    static int AtLeast(int minimum, string option, string value) =>
        int.TryParse(value, out var n) && n >= minimum ? n : throw new ArgumentException($"{option} must be a whole number of at least {minimum}, not '{value}'.");
}
