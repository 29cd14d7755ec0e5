namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>One winner: the place in the ranking and the tier it earned.</summary>
public sealed record Award(RankedEntry Entry, AwardTier Tier);

/// <summary>The awards down the ranking, the places left vacant (空缺) when there were fewer approved entries than places, and the prize money.</summary>
public sealed record AwardResult(IReadOnlyList<Award> Awards, IReadOnlyDictionary<string, int> VacantPlaces, int PrizeMoneyYuan);

/// <summary>
/// 评奖 — the tiers are filled in their order down the ranking: the first entry takes the first tier's first place,
/// and so on. When the approved entries are fewer than the places, the lowest places stay vacant and are listed as
/// such — a tier is never stretched, and no unapproved or disqualified entry fills a place.
/// </summary>
public static class AwardAllocation
{
    public static AwardResult Assign(IReadOnlyList<RankedEntry> ranked, ContestRules rules)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(rules);
        var awards = new List<Award>();
        var vacant = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var tier in rules.Tiers)
        {
            for (var place = 0; place < tier.Places; place++)
            {
                if (next < ranked.Count)
                {
                    awards.Add(new Award(ranked[next++], tier));
                }
                else
                {
                    vacant[tier.Name] = vacant.GetValueOrDefault(tier.Name) + 1;
                }
            }
        }

        return new AwardResult(awards, vacant, awards.Sum(a => a.Tier.PrizeYuan));
    }
}
