using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit.Publicity;

/// <summary>An entry's life by the 2023 contest's rules: submission checks, review, disqualification, theme scores and posts found to be another video.</summary>
public class ContestEntryTests
{
    static readonly ContestRules Rules = ContestRules.BeautyInTheLights;
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly DateTimeOffset ClosesAt = new(2023, 2, 20, 0, 0, 0, China);

    readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 1, 27, 10, 0, 0, China));

    static readonly Entrant LiMing = Entrant.Register("lights-2023", "李明",
        new ProtectedPhone("k1", new byte[12], new byte[11], new byte[16], "hash-1", "173****5029"), "token-hash", TimeProvider.System);

    static EntrySubmission Submission(params OwnPost[] posts) => new("灯影里的民主路", "videos/li-ming.mp4", new string('a', 64),
        posts.Length > 0 ? posts : [new OwnPost(ContestPlatform.Douyin, "https://v.douyin.com/abc", true), new OwnPost(ContestPlatform.WeChatChannels, "https://channels.weixin.qq.com/abc", true)]);

    ContestEntry Approved()
    {
        var entry = ContestEntry.Submit(Submission(), LiMing, _time);
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
    public void A_contest_sets_how_many_entries_one_entrant_may_submit()
    {
        var once = Rules with { MaxEntriesPerEntrant = 1 };

        Assert.False(EntryRules.Check(Submission(), once, new DateOnly(2023, 2, 1), 0, false, new ValidationErrors()).Any);
        Assert.Equal(["phone"], EntryRules.Check(Submission(), once, new DateOnly(2023, 2, 1), 1, false, new ValidationErrors()).ToDictionary().Keys);
        Assert.Contains("An entrant may submit at least one entry.", (Rules with { MaxEntriesPerEntrant = 0 }).Problems());
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
        Assert.Throws<InvalidTransitionException>(() => ContestEntry.Submit(Submission(), LiMing, _time).Disqualify("x", "c", _time));
    }

    [Fact]
    public void An_entry_carries_its_entrants_name_and_masked_number_but_events_never_the_number()
    {
        var entry = ContestEntry.Submit(Submission(), LiMing, _time);

        Assert.Equal(("李明", "173****5029", LiMing.Id, "hash-1"), (entry.AuthorName, entry.PhoneMasked, entry.EntrantId, entry.PhoneLookupHash));
        var submitted = Assert.IsType<ContestEntrySubmitted>(Assert.Single(entry.PendingEvents()));
        Assert.DoesNotContain("5029", submitted.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_theme_impression_is_the_mean_of_the_judges_scores_and_a_judge_scoring_again_replaces_theirs()
    {
        var entry = Approved();

        entry.ScoreTheme("judge-1", 80, _time);
        entry.ScoreTheme("judge-2", 85, _time);
        entry.ScoreTheme("judge-3", 90, _time);
        entry.ScoreTheme("judge-1", 81, _time);

        Assert.Equal(85.33m, entry.ThemeImpression);
        Assert.Equal(3, entry.ThemeScores.Count);
        Assert.Equal(85.33m, entry.PendingEvents().OfType<ContestEntryThemeScored>().Last().ThemeImpression);
        Assert.Throws<ArgumentOutOfRangeException>(() => entry.ScoreTheme("judge-4", 101, _time));
        entry.Disqualify("NotOriginal: 搬运他人作品", "committee-1", _time);
        Assert.Throws<InvalidTransitionException>(() => entry.ScoreTheme("judge-4", 70, _time));
    }

    [Fact]
    public void A_post_found_to_be_another_video_counts_no_likes()
    {
        var entry = Approved();

        entry.FindNotTheSameVideo(ContestPlatform.Douyin, "committee-1", _time);

        var likes = new Dictionary<ContestPlatform, long> { [ContestPlatform.OfficialChannel] = 1000, [ContestPlatform.Douyin] = 9000, [ContestPlatform.WeChatChannels] = 400 };
        var score = EntryScore.Of(entry.ToTally(likes), Rules);
        Assert.Equal((ContestPlatform.WeChatChannels, 1400L), (score.CountedPlatform!.Value, score.TotalLikes));
        Assert.IsType<ContestEntryPostDiscounted>(entry.PendingEvents()[^1]);
        Assert.Throws<InvalidTransitionException>(() => entry.FindNotTheSameVideo(ContestPlatform.OfficialChannel, "committee-1", _time));
    }
}
