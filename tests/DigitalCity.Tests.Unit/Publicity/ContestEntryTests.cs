using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit.Publicity;

/// <summary>An entry's life by the 2023 contest's rules: submission checks, review, disqualification and like snapshots.</summary>
public class ContestEntryTests
{
    static readonly ContestRules Rules = ContestRules.BeautyInTheLights;
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly DateTimeOffset ClosesAt = new(2023, 2, 20, 0, 0, 0, China);

    readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 1, 27, 10, 0, 0, China));

    static EntrySubmission Submission(params OwnPost[] posts) => new("李明", "灯影里的民主路", "videos/li-ming.mp4", new string('a', 64),
        posts.Length > 0 ? posts : [new OwnPost(ContestPlatform.Douyin, "https://v.douyin.com/abc", true), new OwnPost(ContestPlatform.WeChatChannels, "https://channels.weixin.qq.com/abc", true)]);

    ContestEntry Approved()
    {
        var entry = ContestEntry.Submit(Submission(), "lights-2023", "hash-1", _time);
        entry.Approve("https://channels.weixin.qq.com/official/1", "committee-1", _time);
        return entry;
    }

    [Fact]
    public void A_submission_inside_the_period_with_topic_carrying_posts_passes()
    {
        var errors = EntryRules.Check(Submission(), Rules, new DateOnly(2023, 1, 27), 0, false, new ValidationErrors());

        Assert.False(errors.Any);
    }

    [Fact]
    public void Each_broken_rule_of_a_submission_is_named()
    {
        var late = EntryRules.Check(Submission(), Rules, new DateOnly(2023, 2, 20), 0, false, new ValidationErrors());
        var noTopic = EntryRules.Check(Submission(new OwnPost(ContestPlatform.Douyin, "https://v.douyin.com/x", false)), Rules, new DateOnly(2023, 2, 1), 0, false, new ValidationErrors());
        var again = EntryRules.Check(Submission(), Rules, new DateOnly(2023, 2, 1), 3, true, new ValidationErrors());

        Assert.Equal(["submittedAt"], late.ToDictionary().Keys);
        Assert.Equal(["ownPosts[0].carriesTopic"], noTopic.ToDictionary().Keys);
        Assert.Equal(["phone", "videoHash"], again.ToDictionary().Keys.Order());
    }

    [Fact]
    public void Review_approves_with_the_official_post_then_may_disqualify_and_every_decision_is_an_event_without_the_phone()
    {
        var entry = Approved();
        entry.Disqualify("非原创作品", "committee-1", _time);

        Assert.Equal((EntryStanding.Disqualified, "非原创作品"), (entry.Standing, entry.StandingReason));
        Assert.Contains(entry.Posts, p => p.Platform == ContestPlatform.OfficialChannel);
        var events = entry.PendingEvents();
        Assert.IsType<ContestEntrySubmitted>(events[0]);
        Assert.Equal(["Approved", "Disqualified"], events.OfType<ContestEntryReviewed>().Select(e => e.Standing));
        Assert.Throws<InvalidTransitionException>(() => entry.Approve("https://x", "committee-1", _time));
        Assert.Throws<InvalidTransitionException>(() => ContestEntry.Submit(Submission(), "lights-2023", "hash-1", _time).Disqualify("x", "c", _time));
    }

    [Fact]
    public void Likes_are_kept_as_a_series_and_a_decrease_an_unknown_post_or_a_snapshot_after_the_end_do_not_count()
    {
        var entry = Approved();
        var at = new DateTimeOffset(2023, 2, 1, 12, 0, 0, China);

        Assert.Equal(LikeOutcome.Recorded, entry.RecordLikes(ContestPlatform.Douyin, 1200, at, ClosesAt));
        Assert.Equal(LikeOutcome.Recorded, entry.RecordLikes(ContestPlatform.Douyin, 3000, at.AddDays(1), ClosesAt));
        Assert.Equal(LikeOutcome.Stale, entry.RecordLikes(ContestPlatform.Douyin, 1500, at.AddHours(1), ClosesAt));
        Assert.Throws<InvalidTransitionException>(() => entry.RecordLikes(ContestPlatform.Douyin, 2900, at.AddDays(2), ClosesAt));
        Assert.Equal(LikeOutcome.Frozen, entry.RecordLikes(ContestPlatform.Douyin, 99_000, ClosesAt.AddSeconds(1), ClosesAt));
        Assert.Equal(LikeOutcome.Recorded, entry.RecordLikes(ContestPlatform.OfficialChannel, 5000, at, ClosesAt));

        var douyin = entry.Posts.Single(p => p.Platform == ContestPlatform.Douyin);
        Assert.Equal([1200L, 3000L], douyin.Snapshots.Select(s => s.Likes));
        Assert.Equal(8000L, EntryScore.Of(entry.ToTally(), Rules).TotalLikes);

        var withoutChannels = ContestEntry.Submit(Submission(new OwnPost(ContestPlatform.Douyin, "https://v.douyin.com/y", true)), "lights-2023", "hash-2", _time);
        Assert.Throws<InvalidTransitionException>(() => withoutChannels.RecordLikes(ContestPlatform.WeChatChannels, 10, at, ClosesAt));
    }

    [Fact]
    public void A_post_found_to_be_another_video_counts_no_likes()
    {
        var entry = Approved();
        var at = new DateTimeOffset(2023, 2, 1, 12, 0, 0, China);
        entry.RecordLikes(ContestPlatform.OfficialChannel, 1000, at, ClosesAt);
        entry.RecordLikes(ContestPlatform.Douyin, 9000, at, ClosesAt);
        entry.RecordLikes(ContestPlatform.WeChatChannels, 400, at, ClosesAt);

        entry.FindNotTheSameVideo(ContestPlatform.Douyin);

        var score = EntryScore.Of(entry.ToTally(), Rules);
        Assert.Equal((ContestPlatform.WeChatChannels, 1400L), (score.CountedPlatform!.Value, score.TotalLikes));
    }
}
