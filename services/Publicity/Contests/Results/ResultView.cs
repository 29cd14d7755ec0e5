namespace DigitalCity.Publicity.Contests.Results;

/// <summary>A locked result as published: the awards, vacant places, prize money, and where each winner's certificate is.</summary>
public sealed record ResultView(
    string ContestCode,
    string ContestName,
    IReadOnlyList<AwardView> Awards,
    IReadOnlyDictionary<string, int> VacantPlaces,
    int PrizeMoneyYuan,
    int RankedEntries,
    DateTimeOffset PublishedAt)
{
    public static ResultView From(ContestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ResultView(result.ContestCode, result.ContestName,
            [.. result.Awards.Select(a => new AwardView(a.Rank, a.Tier, a.PrizeYuan, a.EntryId, a.AuthorName, a.Title, a.TotalLikes, a.Score, a.Why,
                $"/api/publicity/contests/{result.ContestCode}/results/certificates/{a.EntryId}"))],
            result.VacantPlaces, result.PrizeMoneyYuan, result.RankedEntries, result.PublishedAt);
    }
}

/// <summary>One winner: place, tier, prize, the entry, its total likes, how they were counted and why it stands there.</summary>
public sealed record AwardView(int Rank, string Tier, int PrizeYuan, Guid EntryId, string AuthorName, string Title, long TotalLikes, string Score, string Why, string Certificate);
