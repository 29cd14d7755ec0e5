using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Scoring;

namespace DigitalCity.Tests.Unit.Publicity;

/// <summary>
/// The published rules of 焦作"2023·美在灯影里"网红短视频大赛 (domain §8) applied to a field of fifteen entries: one
/// disqualified, one not yet approved, one whose WeChat Channels post beats its Douyin post, one tie broken by theme
/// impression, posts that do not count — and the exact winners, tiers and ¥3,900.
/// </summary>
public class ContestScoringTests
{
    static readonly ContestRules Rules = ContestRules.BeautyInTheLights;
    static readonly DateTimeOffset Opened = new(2023, 1, 26, 9, 0, 0, TimeSpan.FromHours(8));

    static int _submitted;

    static EntryTally Entry(string author, long official, long douyin = 0, long channels = 0, int? theme = null,
        EntryStanding standing = EntryStanding.Approved, bool douyinSameVideo = true, bool channelsTopic = true)
    {
        var posts = new List<PostLikes> { new(ContestPlatform.OfficialChannel, official) };
        if (douyin > 0)
        {
            posts.Add(new PostLikes(ContestPlatform.Douyin, douyin, SameOriginalVideo: douyinSameVideo));
        }

        if (channels > 0)
        {
            posts.Add(new PostLikes(ContestPlatform.WeChatChannels, channels, CarriesTopic: channelsTopic));
        }

        return new EntryTally(Guid.NewGuid(), author, $"{author}的灯影", Opened.AddHours(Interlocked.Increment(ref _submitted)), standing, theme, posts);
    }

    static readonly EntryTally[] Field =
    [
        Entry("李明", official: 5000, douyin: 3000, channels: 1000, theme: 70),
        Entry("王芳", official: 2000, douyin: 2500, channels: 4100, theme: 75),
        Entry("张伟", official: 3000, douyin: 2000, theme: 88),
        Entry("刘洋", official: 2000, channels: 3000, theme: 80),
        Entry("陈静", official: 1800, douyin: 3000, theme: 60),
        Entry("杨帆", official: 1500, douyin: 3000),
        Entry("赵磊", official: 1000, douyin: 3000),
        Entry("黄丽", official: 500, douyin: 3000),
        Entry("周杰", official: 1000, channels: 2000),
        Entry("吴敏", official: 500, channels: 2000),
        Entry("徐强", official: 1000, douyin: 1000),
        Entry("孙悦", official: 1200, douyin: 9000, douyinSameVideo: false),
        Entry("马超", official: 900, channels: 5000, channelsTopic: false),
        Entry("朱琳", official: 12000, douyin: 8000, theme: 95, standing: EntryStanding.Disqualified),
        Entry("胡军", official: 6000, douyin: 1000, standing: EntryStanding.Submitted),
    ];

    [Fact]
    public void The_story_contest_awards_eleven_winners_and_3900_yuan_exactly_as_published()
    {
        var ranked = ContestRanking.Rank(Field, Rules);
        var result = AwardAllocation.Assign(ranked, Rules);

        Assert.Equal(13, ranked.Count);
        Assert.Equal(
            [
                ("李明", 8000L, "一等奖"), ("王芳", 6100L, "二等奖"), ("张伟", 5000L, "二等奖"), ("刘洋", 5000L, "三等奖"),
                ("陈静", 4800L, "三等奖"), ("杨帆", 4500L, "三等奖"), ("赵磊", 4000L, "优秀奖"), ("黄丽", 3500L, "优秀奖"),
                ("周杰", 3000L, "优秀奖"), ("吴敏", 2500L, "优秀奖"), ("徐强", 2000L, "优秀奖"),
            ],
            result.Awards.Select(a => (a.Entry.Entry.Author, a.Entry.Score.TotalLikes, a.Tier.Name)));
        Assert.Equal(3900, result.PrizeMoneyYuan);
        Assert.Equal(Rules.PrizeMoneyYuan, result.PrizeMoneyYuan);
        Assert.Empty(result.VacantPlaces);
    }

    [Fact]
    public void Only_the_own_post_with_more_likes_counts_and_only_if_it_is_the_same_video_with_the_topic()
    {
        var ranked = ContestRanking.Rank(Field, Rules).ToDictionary(r => r.Entry.Author);

        var wang = ranked["王芳"].Score;
        Assert.Equal((ContestPlatform.WeChatChannels, 4100L, 6100L), (wang.CountedPlatform!.Value, wang.OwnLikes, wang.TotalLikes));
        Assert.Contains("Douyin 2,500 not counted (only one own platform counts)", wang.Explanation, StringComparison.Ordinal);
        Assert.Equal((null, 1200L), (ranked["孙悦"].Score.CountedPlatform, ranked["孙悦"].Score.TotalLikes));
        Assert.Contains("not the same original video", ranked["孙悦"].Score.Explanation, StringComparison.Ordinal);
        Assert.Equal(900L, ranked["马超"].Score.TotalLikes);
        Assert.Contains("without #焦作城管", ranked["马超"].Score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_likes_are_ordered_by_theme_impression_and_the_reason_is_given()
    {
        var ranked = ContestRanking.Rank(Field, Rules);

        var zhang = ranked.Single(r => r.Entry.Author == "张伟");
        var liu = ranked.Single(r => r.Entry.Author == "刘洋");
        Assert.Equal(liu.Rank - 1, zhang.Rank);
        Assert.Contains("theme impression 88 to 80", zhang.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Disqualified_and_unapproved_entries_are_never_ranked_however_many_likes_they_have()
    {
        var authors = ContestRanking.Rank(Field, Rules).Select(r => r.Entry.Author).ToList();

        Assert.DoesNotContain("朱琳", authors);
        Assert.DoesNotContain("胡军", authors);
    }

    [Fact]
    public void Fewer_approved_entries_than_places_leave_the_lowest_places_vacant()
    {
        var ranked = ContestRanking.Rank(Field.Take(4), Rules);

        var result = AwardAllocation.Assign(ranked, Rules);

        Assert.Equal(["一等奖", "二等奖", "二等奖", "三等奖"], result.Awards.Select(a => a.Tier.Name));
        Assert.Equal(new Dictionary<string, int> { ["三等奖"] = 2, ["优秀奖"] = 5 }, result.VacantPlaces);
        Assert.Equal(2300, result.PrizeMoneyYuan);
    }

    [Fact]
    public void A_weighted_blend_can_lift_an_entry_with_fewer_likes_and_a_stronger_theme()
    {
        var blended = Rules with { ThemeRule = ThemeImpressionRule.WeightedBlend, ThemeWeight = 0.5m };

        var ranked = ContestRanking.Rank(Field, blended);

        // 张伟: 0.5 × 100 × 5000/8000 + 0.5 × 88 = 75.25; 李明: 50 + 35 = 85; 王芳: 0.5 × 76.25 + 37.5 = 75.625.
        Assert.Equal(["李明", "王芳", "张伟", "刘洋"], ranked.Take(4).Select(r => r.Entry.Author));
        Assert.Equal(75.25m, ranked[2].BlendScore);
        Assert.Empty(blended.Problems());
    }

    [Fact]
    public void Rules_that_cannot_run_a_contest_are_named()
    {
        var broken = Rules with
        {
            Closes = Rules.Opens.AddDays(-1),
            OwnPlatforms = [ContestPlatform.OfficialChannel],
            RequiredTopic = "焦作城管",
            Tiers = [new AwardTier("一等奖", 0, 1000)],
            ThemeRule = ThemeImpressionRule.WeightedBlend,
        };

        Assert.Equal(5, broken.Problems().Count);
        Assert.Empty(Rules.Problems());
        Assert.Equal((11, 3900), (Rules.Places, Rules.PrizeMoneyYuan));
    }
}
