using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// 参赛作品 — one entry of a contest: the author's name, the lookup hash of their phone number (the number itself is
/// kept encrypted beside it, never here in clear), the original video by reference and content hash, and its posts —
/// the entrant's own ones from the start, the official channel's once the committee approves it. The committee
/// approves or rejects a submitted entry and may later disqualify an approved one; like counts arrive as snapshots.
/// </summary>
public sealed class ContestEntry : AggregateRoot
{
    readonly List<EntryPost> _posts = [];

    ContestEntry()
    {
    }

    public string ContestCode { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    /// <summary>The keyed HMAC of the normalised phone number: finds an entrant's entries without decrypting.</summary>
    public string PhoneLookupHash { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string VideoRef { get; private set; } = "";

    /// <summary>SHA-256 of the original video's content, lower-case hex: the same video is entered once per contest.</summary>
    public string VideoHash { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public EntryStanding Standing { get; private set; }

    public string? StandingReason { get; private set; }

    public int? ThemeImpression { get; private set; }

    public IReadOnlyList<EntryPost> Posts
    {
        get => _posts;
        private set
        {
            _posts.Clear();
            _posts.AddRange(value);
        }
    }

    /// <summary>A new entry, already checked by <see cref="EntryRules"/>; raises <see cref="ContestEntrySubmitted"/>.</summary>
    public static ContestEntry Submit(EntrySubmission submission, string contestCode, string phoneLookupHash, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = time.GetUtcNow();
        var entry = new ContestEntry
        {
            Id = Guid.CreateVersion7(now),
            ContestCode = contestCode,
            AuthorName = submission.AuthorName,
            PhoneLookupHash = phoneLookupHash,
            Title = submission.Title,
            VideoRef = submission.VideoRef,
            VideoHash = submission.VideoHash,
            SubmittedAt = now,
            Standing = EntryStanding.Submitted,
        };
        entry._posts.AddRange(submission.OwnPosts.Select(p => new EntryPost(p.Platform, p.Url, p.CarriesTopic)));
        entry.Raise(new ContestEntrySubmitted(Guid.NewGuid(), now, entry.Id, contestCode, entry.AuthorName, entry.Title, entry.VideoHash,
            [.. entry._posts.Select(p => p.Platform.ToString())]));
        return entry;
    }

    /// <summary>审核通过 — the committee approves a submitted entry and records its post on the official channel.</summary>
    public void Approve(string officialPostUrl, string reviewedBy, TimeProvider time)
    {
        Require(EntryStanding.Submitted, "approve the entry");
        _posts.Add(new EntryPost(ContestPlatform.OfficialChannel, officialPostUrl, carriesTopic: true));
        Decide(EntryStanding.Approved, null, officialPostUrl, reviewedBy, time);
    }

    /// <summary>不予通过 — refused at review, with the rule it breaks.</summary>
    public void Reject(string reason, string reviewedBy, TimeProvider time)
    {
        Require(EntryStanding.Submitted, "reject the entry");
        Decide(EntryStanding.Rejected, reason, null, reviewedBy, time);
    }

    /// <summary>取消资格 — an approved entry found to break the rules (not original, a copyright dispute): out of the ranking.</summary>
    public void Disqualify(string reason, string reviewedBy, TimeProvider time)
    {
        Require(EntryStanding.Approved, "disqualify the entry");
        Decide(EntryStanding.Disqualified, reason, null, reviewedBy, time);
    }

    /// <summary>The judges' theme impression (题材印象), 0–100.</summary>
    public void ScoreTheme(int impression)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(impression);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impression, 100);
        ThemeImpression = impression;
    }

    /// <summary>The committee found the entrant's post on <paramref name="platform"/> not to be the same original video: its likes never count.</summary>
    public void FindNotTheSameVideo(ContestPlatform platform) => Post(platform).FindNotTheSameVideo();

    /// <summary>
    /// A like count of the post on <paramref name="platform"/> read at <paramref name="takenAt"/>. A snapshot after
    /// <paramref name="closesAt"/> is not kept (counting froze at the contest's end); one older than the last kept is
    /// stale; a count lower than the last kept is refused (<see cref="InvalidTransitionException"/>); an entry without
    /// a post there is refused too.
    /// </summary>
    public LikeOutcome RecordLikes(ContestPlatform platform, long likes, DateTimeOffset takenAt, DateTimeOffset closesAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(likes);
        var post = Post(platform);
        if (takenAt > closesAt)
        {
            return LikeOutcome.Frozen;
        }

        if (post.Snapshots.Count > 0 && takenAt <= post.Snapshots[^1].TakenAt)
        {
            return LikeOutcome.Stale;
        }

        if (likes < post.Likes)
        {
            throw new InvalidTransitionException($"record {likes} likes, fewer than the {post.Likes} already counted", $"{platform} at {post.Likes} likes");
        }

        post.Add(new LikeSnapshot(takenAt, likes));
        return LikeOutcome.Recorded;
    }

    /// <summary>The entry as the ranking reads it.</summary>
    public EntryTally ToTally() => new(Id, AuthorName, Title, SubmittedAt, Standing, ThemeImpression,
        [.. _posts.Select(p => new PostLikes(p.Platform, p.Likes, p.SameOriginalVideo, p.CarriesTopic))]);

    EntryPost Post(ContestPlatform platform) =>
        _posts.FirstOrDefault(p => p.Platform == platform)
        ?? throw new InvalidTransitionException($"count likes on {platform}", $"an entry without a {platform} post");

    void Require(EntryStanding standing, string action)
    {
        if (Standing != standing)
        {
            throw new InvalidTransitionException(action, Standing.ToString());
        }
    }

    void Decide(EntryStanding standing, string? reason, string? officialPostUrl, string reviewedBy, TimeProvider time)
    {
        Standing = standing;
        StandingReason = reason;
        Raise(new ContestEntryReviewed(Guid.NewGuid(), time.GetUtcNow(), Id, ContestCode, standing.ToString(), reason, officialPostUrl, reviewedBy));
    }
}
