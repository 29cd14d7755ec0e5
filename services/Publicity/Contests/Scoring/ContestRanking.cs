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
/// Every place is distinct, so awards follow the ranking without a draw.
/// </summary>
public static class ContestRanking
{
    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<EntryTally> entries, ContestRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var scored = entries.Where(e => e.Standing == EntryStanding.Approved).Select(e => (Entry: e, Score: EntryScore.Of(e, rules))).ToList();
        var mostLikes = scored.Count == 0 ? 0 : scored.Max(s => s.Score.TotalLikes);
        decimal? Blend(EntryScore score, EntryTally entry) => rules.ThemeRule == ThemeImpressionRule.WeightedBlend
            ? Math.Round(((1 - rules.ThemeWeight) * 100m * (mostLikes == 0 ? 0 : (decimal)score.TotalLikes / mostLikes)) + (rules.ThemeWeight * (entry.ThemeImpression ?? 0)), 4)
            : null;
        var ordered = scored
            .Select(s => (s.Entry, s.Score, Blend: Blend(s.Score, s.Entry)))
            .OrderByDescending(s => s.Blend ?? 0)
            .ThenByDescending(s => s.Score.TotalLikes)
            .ThenByDescending(s => rules.ThemeRule == ThemeImpressionRule.TieBreaker ? s.Entry.ThemeImpression ?? 0 : 0)
            .ThenBy(s => s.Entry.SubmittedAt)
            .ThenBy(s => s.Entry.EntryId)
            .ToList();
        return [.. ordered.Select((s, i) => new RankedEntry(i + 1, s.Entry, s.Score, s.Blend, Why(s, i, ordered, rules)))];
    }

    static string Why((EntryTally Entry, EntryScore Score, decimal? Blend) s, int index, List<(EntryTally Entry, EntryScore Score, decimal? Blend)> ordered, ContestRules rules)
    {
        var why = rules.ThemeRule == ThemeImpressionRule.WeightedBlend
            ? $"score {s.Blend!.Value.ToString("0.####", CultureInfo.InvariantCulture)} = {1 - rules.ThemeWeight:0.##} × likes share + {rules.ThemeWeight:0.##} × theme impression {Impression(s.Entry)}"
            : $"{s.Score.TotalLikes.ToString("N0", CultureInfo.InvariantCulture)} likes";
        if (index + 1 < ordered.Count && rules.ThemeRule == ThemeImpressionRule.TieBreaker && ordered[index + 1].Score.TotalLikes == s.Score.TotalLikes)
        {
            var next = ordered[index + 1].Entry;
            why += (s.Entry.ThemeImpression ?? 0) != (next.ThemeImpression ?? 0)
                ? $"; ahead of {next.Author}'s entry with the same likes by theme impression {Impression(s.Entry)} to {Impression(next)}"
                : $"; ahead of {next.Author}'s entry with the same likes and theme impression by submitting earlier";
        }

        return why;
    }

    static string Impression(EntryTally entry) => (entry.ThemeImpression ?? 0).ToString("0.##", CultureInfo.InvariantCulture);
}
