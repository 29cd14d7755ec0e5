using System.Globalization;

namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>
/// An entry's total likes as the contest publishes them: the official channel's post plus the entrant's own post
/// with more likes — one platform only, and only a post of the same original video carrying the topic — with
/// how it was reached.
/// </summary>
public sealed record EntryScore(Guid EntryId, long OfficialLikes, ContestPlatform? CountedPlatform, long OwnLikes, long TotalLikes, string Explanation)
{
    public static EntryScore Of(EntryTally entry, ContestRules rules)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(rules);
        var official = entry.Posts.Where(p => p.Platform == ContestPlatform.OfficialChannel).Sum(p => p.Likes);
        var eligible = entry.Posts
            .Where(p => rules.OwnPlatforms.Contains(p.Platform) && p.SameOriginalVideo && p.CarriesTopic)
            .OrderByDescending(p => p.Likes).ThenBy(p => p.Platform)
            .ToList();
        var counted = eligible.FirstOrDefault();
        var own = counted?.Likes ?? 0;
        var parts = new List<string> { $"official channel {N(official)}" };
        parts.Add(counted is null ? "no own post counts" : $"{counted.Platform} {N(own)} (the own post with more likes)");
        foreach (var other in entry.Posts.Where(p => p.Platform != ContestPlatform.OfficialChannel && p != counted))
        {
            parts.Add($"{other.Platform} {N(other.Likes)} not counted ({Why(other, rules, counted)})");
        }

        return new EntryScore(entry.EntryId, official, counted?.Platform, own, official + own, $"{string.Join("; ", parts)}; total {N(official + own)}");
    }

    static string Why(PostLikes post, ContestRules rules, PostLikes? counted) =>
        !rules.OwnPlatforms.Contains(post.Platform) ? "not a platform of this contest"
        : !post.SameOriginalVideo ? "not the same original video"
        : !post.CarriesTopic ? $"without {rules.RequiredTopic}"
        : counted is not null ? "only one own platform counts"
        : "not counted";

    static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
