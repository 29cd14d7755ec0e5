using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Scoring;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>One post as shown: where, its link, the committee's findings and its like count as last kept.</summary>
public sealed record PostView(ContestPlatform Platform, string Url, bool CarriesTopic, bool SameOriginalVideo, long Likes, DateTimeOffset? LikesAt);

/// <summary>
/// An entry as the API shows it — to its entrant and to contest staff alike, with the phone number masked; only the
/// committee's separate reveal gives the number.
/// </summary>
public sealed record EntryView(
    Guid Id,
    string ContestCode,
    string AuthorName,
    string Phone,
    string Title,
    string VideoRef,
    string VideoHash,
    DateTimeOffset SubmittedAt,
    EntryStanding Standing,
    string? StandingReason,
    decimal? ThemeImpression,
    int ThemeJudges,
    IReadOnlyList<PostView> Posts,
    long Version)
{
    /// <param name="series">The entry's kept snapshots (any order); each post shows its latest.</param>
    public static EntryView From(ContestEntry entry, IReadOnlyList<LikeReading> series)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var latest = series.GroupBy(r => r.Platform).ToDictionary(g => g.Key, g => g.MaxBy(r => r.TakenAt)!);
        return new EntryView(entry.Id, entry.ContestCode, entry.AuthorName, entry.PhoneMasked, entry.Title, entry.VideoRef, entry.VideoHash, entry.SubmittedAt,
            entry.Standing, entry.StandingReason, entry.ThemeImpression, entry.ThemeScores.Count,
            [.. entry.Posts.Select(p => new PostView(p.Platform, p.Url, p.CarriesTopic, p.SameOriginalVideo,
                latest.GetValueOrDefault(p.Platform)?.Likes ?? 0, latest.GetValueOrDefault(p.Platform)?.TakenAt))],
            entry.Version);
    }
}
