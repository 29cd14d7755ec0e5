namespace DigitalCity.Benchmarks.Contests;

/// <summary>
/// The contest benchmark's command line: entries in the contest, like readings posted over HTTP in all, readings per
/// request, readings recorded straight into the store as the baseline, and full rankings per scenario.
/// </summary>
sealed record ContestArguments(int Entries, int Readings, int Batch, int BaselineReadings, int Rankings)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- contest [--entries 100000] [--readings 500000] [--batch 5000] [--baseline-readings 100000] [--rankings 30]";

    public static ContestArguments Default { get; } = new(100_000, 500_000, 5_000, 100_000, 30);

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static ContestArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = CommandLine.Parse(args, Default, (parsed, option, value) => option switch
        {
            "--entries" => parsed with { Entries = CommandLine.AtLeast(1, option, value) },
            "--readings" => parsed with { Readings = CommandLine.AtLeast(1, option, value) },
            "--batch" => parsed with { Batch = CommandLine.AtLeast(1, option, value) },
            "--baseline-readings" => parsed with { BaselineReadings = CommandLine.AtLeast(1, option, value) },
            "--rankings" => parsed with { Rankings = CommandLine.AtLeast(1, option, value) },
            _ => null,
        });
        return parsed.Batch <= 5_000 ? parsed : throw new ArgumentException("--batch must be at most 5000, the most readings one request may carry.");
    }
}
