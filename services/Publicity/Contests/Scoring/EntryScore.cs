using System.Globalization;

namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>
/// An entry's total likes as the contest publishes them: the official channel's post plus the entrant's own post
/// with more likes — one platform only, and only a post of the same original video carrying the topic — with
/// how it was reached (<see cref="Explanation"/>, worded only when read, so ranking a large field stays cheap).
/// </summary>
public sealed record EntryScore(Guid EntryId, long OfficialLikes, ContestPlatform? CountedPlatform, long OwnLikes, long TotalLikes)
{
    EntryTally? _entry;
    ContestRules? _rules;
    string? _explanation;

    /// <summary>How the total was reached, each post not counted with its reason.</summary>
    public string Explanation => _explanation ??= Explain();

    public static EntryScore Of(EntryTally entry, ContestRules rules)
    {
        var (official, counted, own) = Count(entry, rules);
        return new EntryScore(entry.EntryId, official, counted, own, official + own) { _entry = entry, _rules = rules };
    }

    /// <summary>The official likes, the own platform that counts and its likes — without allocating, for ranking a large field.</summary>
    public static (long Official, ContestPlatform? Counted, long Own) Count(EntryTally entry, ContestRules rules)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(rules);
        long official = 0;
        PostLikes? counted = null;
        foreach (var post in entry.Posts)
        {
            if (post.Platform == ContestPlatform.OfficialChannel)
            {
                official += post.Likes;
            }
            else if (Counts(post, rules) && (counted is null || post.Likes > counted.Likes || (post.Likes == counted.Likes && post.Platform < counted.Platform)))
            {
                counted = post;
            }
        }

        return (official, counted?.Platform, counted?.Likes ?? 0);
    }

    static bool Counts(PostLikes post, ContestRules rules) => post.SameOriginalVideo && post.CarriesTopic && rules.OwnPlatforms.Contains(post.Platform);

    string Explain()
    {
        if (_entry is null || _rules is null)
        {
            return $"total {N(TotalLikes)}";
        }

        var parts = new List<string> { $"official channel {N(OfficialLikes)}" };
        parts.Add(CountedPlatform is null ? "no own post counts" : $"{CountedPlatform} {N(OwnLikes)} (the own post with more likes)");
        foreach (var other in _entry.Posts.Where(p => p.Platform != ContestPlatform.OfficialChannel && p.Platform != CountedPlatform))
        {
            parts.Add($"{other.Platform} {N(other.Likes)} not counted ({Why(other, _rules, CountedPlatform is not null)})");
        }

        return $"{string.Join("; ", parts)}; total {N(TotalLikes)}";
    }

    static string Why(PostLikes post, ContestRules rules, bool anotherCounted) =>
        !rules.OwnPlatforms.Contains(post.Platform) ? "not a platform of this contest"
        : !post.SameOriginalVideo ? "not the same original video"
        : !post.CarriesTopic ? $"without {rules.RequiredTopic}"
        : anotherCounted ? "only one own platform counts"
        : "not counted";

    static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
