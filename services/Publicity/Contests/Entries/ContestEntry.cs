using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// 参赛作品 — one entry of a contest: the author's name, the lookup hash of their phone number (the number itself is
/// kept encrypted beside it, never here in clear), the original video by reference and content hash, and its posts —
/// the entrant's own ones from the start, the official channel's once the committee approves it. The committee
/// approves or rejects a submitted entry and may later disqualify an approved one; judges score its theme; like
/// counts are kept apart, per post (<see cref="Likes.ILikeStore"/>).
/// </summary>
public sealed class ContestEntry : AggregateRoot
{
    readonly List<EntryPost> _posts = [];
    readonly List<ThemeScore> _themeScores = [];

    ContestEntry()
    {
    }

    public string ContestCode { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    /// <summary>The keyed HMAC of the normalised phone number: finds an entrant's entries without decrypting.</summary>
    public string PhoneLookupHash { get; private set; } = "";

    /// <summary>The number as shown to everyone without the right to see it (173****5029).</summary>
    public string PhoneMasked { get; private set; } = "";

    /// <summary>The entrant who submitted it, whose token shows them their entries.</summary>
    public Guid EntrantId { get; private set; }

    public string Title { get; private set; } = "";

    public string VideoRef { get; private set; } = "";

    /// <summary>SHA-256 of the original video's content, lower-case hex: the same video is entered once per contest.</summary>
    public string VideoHash { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public EntryStanding Standing { get; private set; }

    public string? StandingReason { get; private set; }

    /// <summary>The mean of the judges' theme impressions (0–100), once a judge has scored.</summary>
    public decimal? ThemeImpression { get; private set; }

    public IReadOnlyList<ThemeScore> ThemeScores
    {
        get => _themeScores;
        private set
        {
            _themeScores.Clear();
            _themeScores.AddRange(value);
        }
    }

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
    public static ContestEntry Submit(EntrySubmission submission, Entrant entrant, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(entrant);
        var now = time.GetUtcNow();
        var entry = new ContestEntry
        {
            Id = Guid.CreateVersion7(now),
            ContestCode = entrant.ContestCode,
            EntrantId = entrant.Id,
            AuthorName = entrant.AuthorName,
            PhoneLookupHash = entrant.Phone.LookupHash,
            PhoneMasked = entrant.Phone.Masked,
            Title = submission.Title,
            VideoRef = submission.VideoRef,
            VideoHash = submission.VideoHash,
            SubmittedAt = now,
            Standing = EntryStanding.Submitted,
        };
        entry._posts.AddRange(submission.OwnPosts.Select(p => new EntryPost(p.Platform, p.Url, p.CarriesTopic)));
        entry.Raise(new ContestEntrySubmitted(Guid.NewGuid(), now, entry.Id, entry.ContestCode, entry.AuthorName, entry.Title, entry.VideoHash,
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

    /// <summary>
    /// A judge's theme impression (题材印象), 0–100; a judge scoring again replaces their score. The entry's impression is
    /// the mean of its judges' scores, to two decimals.
    /// </summary>
    public void ScoreTheme(string judge, int impression, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(judge);
        ArgumentOutOfRangeException.ThrowIfNegative(impression);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impression, 100);
        if (Standing is EntryStanding.Rejected or EntryStanding.Disqualified)
        {
            throw new InvalidTransitionException("score the theme", Standing.ToString());
        }

        _themeScores.RemoveAll(s => s.Judge == judge);
        _themeScores.Add(new ThemeScore(judge, impression));
        ThemeImpression = Math.Round(_themeScores.Average(s => (decimal)s.Impression), 2, MidpointRounding.AwayFromZero);
        Raise(new ContestEntryThemeScored(Guid.NewGuid(), time.GetUtcNow(), Id, ContestCode, judge, impression, ThemeImpression.Value, _themeScores.Count));
    }

    /// <summary>The committee found the entrant's post on <paramref name="platform"/> not to be the same original video: its likes never count.</summary>
    public void FindNotTheSameVideo(ContestPlatform platform, string foundBy, TimeProvider time)
    {
        var post = _posts.FirstOrDefault(p => p.Platform == platform && p.Platform != ContestPlatform.OfficialChannel)
            ?? throw new InvalidTransitionException($"judge the {platform} post", "an entry without an own post there");
        post.FindNotTheSameVideo();
        Raise(new ContestEntryPostDiscounted(Guid.NewGuid(), time.GetUtcNow(), Id, ContestCode, platform.ToString(), foundBy));
    }

    /// <summary>The entry as the ranking reads it.</summary>
    public EntryTally ToTally(IReadOnlyDictionary<ContestPlatform, long> likes) => new(Id, AuthorName, Title, SubmittedAt, Standing, ThemeImpression,
        [.. _posts.Select(p => new PostLikes(p.Platform, likes.GetValueOrDefault(p.Platform), p.SameOriginalVideo, p.CarriesTopic))]);

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
