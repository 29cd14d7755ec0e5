namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// The campaign benchmark's command line: visits in all (split evenly over the rounds), rounds, visit
/// requests in flight, premises on file, and figures queries per scenario and round with the higher
/// number in flight (the other round has one).
/// </summary>
sealed record CampaignArguments(int Visits, int Rounds, int Concurrency, int Premises, int Queries, int QueryConcurrency)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- campaign [--visits 50000] [--rounds 5] [--concurrency 16] [--premises 2000] [--queries 2000] [--query-concurrency 8]";

    public static CampaignArguments Default { get; } = new(50_000, 5, 16, 2_000, 2_000, 8);

    public int VisitsPerRound => Visits / Rounds;

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static CampaignArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = CommandLine.Parse(args, Default, (parsed, option, value) => option switch
        {
            "--visits" => parsed with { Visits = CommandLine.AtLeast(1, option, value) },
            "--rounds" => parsed with { Rounds = CommandLine.AtLeast(1, option, value) },
            "--concurrency" => parsed with { Concurrency = CommandLine.AtLeast(1, option, value) },
            "--premises" => parsed with { Premises = CommandLine.AtLeast(CampaignSetup.Districts.Count, option, value) },
            "--queries" => parsed with { Queries = CommandLine.AtLeast(1, option, value) },
            "--query-concurrency" => parsed with { QueryConcurrency = CommandLine.AtLeast(1, option, value) },
            _ => null,
        });
        return parsed.Visits >= parsed.Rounds ? parsed : throw new ArgumentException($"--visits ({parsed.Visits}) must be at least --rounds ({parsed.Rounds}).");
    }
}
