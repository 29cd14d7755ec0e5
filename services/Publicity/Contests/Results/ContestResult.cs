using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Publicity.Contests.Results;

/// <summary>One award as locked: the entry, its author and title, its place, tier and prize, its total likes and why it stands there.</summary>
public sealed record LockedAward(Guid EntryId, string AuthorName, string Title, int Rank, string Tier, int PrizeYuan, long TotalLikes, string Score, string Why);

/// <summary>
/// 评奖结果 — a contest's result, locked once: the awards down the ranking at the moment the committee decided (after
/// counting froze), the vacant places, and the prize money. There is one per contest, and it never changes.
/// </summary>
public sealed class ContestResult : AggregateRoot
{
    readonly List<LockedAward> _awards = [];

    ContestResult()
    {
    }

    public string ContestCode { get; private set; } = "";

    public string ContestName { get; private set; } = "";

    public IReadOnlyList<LockedAward> Awards
    {
        get => _awards;
        private set
        {
            _awards.Clear();
            _awards.AddRange(value);
        }
    }

    public IReadOnlyDictionary<string, int> VacantPlaces { get; private set; } = new Dictionary<string, int>();

    public int PrizeMoneyYuan { get; private set; }

    /// <summary>How many approved entries were ranked.</summary>
    public int RankedEntries { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Locks the awards and raises <see cref="ContestResultsPublished"/>.</summary>
    public static ContestResult Lock(string contestCode, ContestRules rules, IReadOnlyList<RankedEntry> ranking, string publishedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(ranking);
        var awards = AwardAllocation.Assign(ranking, rules);
        var now = time.GetUtcNow();
        var result = new ContestResult
        {
            Id = Guid.CreateVersion7(now),
            ContestCode = contestCode,
            ContestName = rules.Name,
            VacantPlaces = awards.VacantPlaces,
            PrizeMoneyYuan = awards.PrizeMoneyYuan,
            RankedEntries = ranking.Count,
            PublishedBy = publishedBy,
            PublishedAt = now,
        };
        result._awards.AddRange(awards.Awards.Select(a => new LockedAward(a.Entry.Entry.EntryId, a.Entry.Entry.Author, a.Entry.Entry.Title, a.Entry.Rank,
            a.Tier.Name, a.Tier.PrizeYuan, a.Entry.Score.TotalLikes, a.Entry.Score.Explanation, a.Entry.Why)));
        result.Raise(new ContestResultsPublished(Guid.NewGuid(), now, result.Id, contestCode, rules.Name,
            [.. result._awards.Select(a => new ContestWinner(a.EntryId, a.AuthorName, a.Title, a.Rank, a.Tier, a.PrizeYuan, a.TotalLikes))],
            result.VacantPlaces, result.PrizeMoneyYuan, ranking.Count, publishedBy));
        return result;
    }
}
