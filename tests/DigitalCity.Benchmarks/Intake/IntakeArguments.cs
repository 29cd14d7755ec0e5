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
    public static IntakeArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            parsed = args[i] switch
            {
                "--reports" => parsed with { Reports = AtLeast(1, args[i], value) },
                "--rounds" => parsed with { Rounds = AtLeast(1, args[i], value) },
                "--concurrency" => parsed with { Concurrency = AtLeast(1, args[i], value) },
                "--seed-cases" => parsed with { SeedCases = AtLeast(0, args[i], value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return parsed;
    }

    static int AtLeast(int minimum, string option, string value) =>
        int.TryParse(value, out var n) && n >= minimum ? n : throw new ArgumentException($"{option} must be a whole number of at least {minimum}, not '{value}'.");
}
