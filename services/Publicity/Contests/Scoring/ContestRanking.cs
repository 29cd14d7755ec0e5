using System.Globalization;

namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>
/// 综合评定 — ranks the approved entries (submitted, rejected and disqualified ones are left out) by total likes with
/// the theme impression applied as the rules say:
/// <list type="bullet">
/// <item><see cref="ThemeImpressionRule.TieBreaker"/>: more likes first; equal likes, the higher theme impression
/// first (an entry without one counts as 0); still equal, the earlier submission.</item>
/// <item><see cref="ThemeImpressionRule.WeightedBlend"/>: score = (1 − w) × 100 × likes ÷ the most likes of any
/// approved entry + w × theme impression; a higher score first, then more likes, then the earlier submission.</item>
/// </list>
/// Every place is distinct, so awards follow the ranking without a draw. Places are built and explained when read
/// (<see cref="Ranking"/>).
/// </summary>
public static class ContestRanking
{
    public static Ranking Rank(IEnumerable<EntryTally> entries, ContestRules rules)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(rules);
        var approved = entries.Where(e => e.Standing == EntryStanding.Approved).ToArray();
        var likes = new long[approved.Length];
        for (var i = 0; i < approved.Length; i++)
        {
            var (official, _, own) = EntryScore.Count(approved[i], rules);
            likes[i] = official + own;
        }

        var mostLikes = likes.Length == 0 ? 0 : likes.Max();
        var tieBreaker = rules.ThemeRule == ThemeImpressionRule.TieBreaker;
        var blends = tieBreaker ? null : new decimal?[approved.Length];
        var keyed = new Keyed[approved.Length];
        for (var i = 0; i < keyed.Length; i++)
        {
            var entry = approved[i];
            if (blends is not null)
            {
                blends[i] = Blend(likes[i], entry, rules, mostLikes);
            }

            keyed[i] = new Keyed((long)((blends?[i] ?? 0) * 10_000), likes[i], tieBreaker ? (long)((entry.ThemeImpression ?? 0) * 100) : 0,
                entry.SubmittedAt.UtcTicks, entry.EntryId, i);
        }

        keyed.AsSpan().Sort(default(ByPlace));
        return new Ranking(approved, [.. keyed.Select(k => k.Index)], blends, rules);
    }

    internal static string Explain(RankedEntry place, RankedEntry? below, ContestRules rules)
    {
        var why = rules.ThemeRule == ThemeImpressionRule.WeightedBlend
            ? $"score {place.BlendScore!.Value.ToString("0.####", CultureInfo.InvariantCulture)} = {1 - rules.ThemeWeight:0.##} × likes share + {rules.ThemeWeight:0.##} × theme impression {Impression(place.Entry)}"
            : $"{place.Score.TotalLikes.ToString("N0", CultureInfo.InvariantCulture)} likes";
        if (below is not null && rules.ThemeRule == ThemeImpressionRule.TieBreaker && below.Score.TotalLikes == place.Score.TotalLikes)
        {
            var next = below.Entry;
            why += (place.Entry.ThemeImpression ?? 0) != (next.ThemeImpression ?? 0)
                ? $"; ahead of {next.Author}'s entry with the same likes by theme impression {Impression(place.Entry)} to {Impression(next)}"
                : $"; ahead of {next.Author}'s entry with the same likes and theme impression by submitting earlier";
        }

        return why;
    }

    static decimal Blend(long likes, EntryTally entry, ContestRules rules, long mostLikes) =>
        Math.Round(((1 - rules.ThemeWeight) * 100m * (mostLikes == 0 ? 0 : (decimal)likes / mostLikes)) + (rules.ThemeWeight * (entry.ThemeImpression ?? 0)), 4);

    /// <summary>An entry's place as whole numbers (blend to 4 decimals, theme to 2, as they are rounded): the cheap compare a large field needs.</summary>
    readonly record struct Keyed(long BlendKey, long Likes, long ThemeKey, long SubmittedTicks, Guid EntryId, int Index);

    /// <summary>The order above: higher blend, more likes, higher theme impression, earlier submission, then the id.</summary>
    readonly struct ByPlace : IComparer<Keyed>
    {
        public int Compare(Keyed a, Keyed b) =>
            b.BlendKey != a.BlendKey ? b.BlendKey.CompareTo(a.BlendKey)
            : b.Likes != a.Likes ? b.Likes.CompareTo(a.Likes)
            : b.ThemeKey != a.ThemeKey ? b.ThemeKey.CompareTo(a.ThemeKey)
            : a.SubmittedTicks != b.SubmittedTicks ? a.SubmittedTicks.CompareTo(b.SubmittedTicks)
            : a.EntryId.CompareTo(b.EntryId);
    }

    static string Impression(EntryTally entry) => (entry.ThemeImpression ?? 0).ToString("0.##", CultureInfo.InvariantCulture);

}
