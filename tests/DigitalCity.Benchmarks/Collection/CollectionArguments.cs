namespace DigitalCity.Benchmarks.Collection;

/// <summary>
/// The collection benchmark's command line: records imported over HTTP in all, rows per imported file, records
/// appended straight to the store as the baseline, and tonnage queries per scenario with the higher number in flight.
/// </summary>
sealed record CollectionArguments(int Records, int Batch, int BaselineRecords, int Points, int Queries, int QueryConcurrency)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- collection [--records 1000000] [--batch 50000] [--baseline-records 200000] [--points 2000] [--queries 1000] [--query-concurrency 8]";

    public static CollectionArguments Default { get; } = new(1_000_000, 50_000, 200_000, 2_000, 1_000, 8);

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static CollectionArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = CommandLine.Parse(args, Default, (parsed, option, value) => option switch
        {
            "--records" => parsed with { Records = CommandLine.AtLeast(1, option, value) },
            "--batch" => parsed with { Batch = CommandLine.AtLeast(1, option, value) },
            "--baseline-records" => parsed with { BaselineRecords = CommandLine.AtLeast(1, option, value) },
            "--points" => parsed with { Points = CommandLine.AtLeast(CollectionData.Districts.Count, option, value) },
            "--queries" => parsed with { Queries = CommandLine.AtLeast(1, option, value) },
            "--query-concurrency" => parsed with { QueryConcurrency = CommandLine.AtLeast(1, option, value) },
            _ => null,
        });
        return parsed.Batch <= 50_000 ? parsed : throw new ArgumentException("--batch must be at most 50000, the service's Sanitation:Collection:MaxImportRows.");
    }
}
