using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Likes;

namespace DigitalCity.Tests.Unit.Publicity;

/// <summary>Whether a like snapshot becomes a post's count: counts only grow, late ones are stale, none after the end.</summary>
public class LikeRulesTests
{
    static readonly TimeSpan China = TimeSpan.FromHours(8);
    static readonly DateTimeOffset ClosesAt = new(2023, 2, 20, 0, 0, 0, China);
    static readonly DateTimeOffset At = new(2023, 2, 1, 12, 0, 0, China);

    static LikeReading Reading(long likes, DateTimeOffset at) => new(Guid.NewGuid(), ContestPlatform.Douyin, likes, at);

    [Fact]
    public void A_first_reading_and_a_later_one_with_no_fewer_likes_are_kept()
    {
        Assert.Equal(LikeOutcome.Recorded, LikeRules.Judge(null, Reading(1200, At), ClosesAt));
        Assert.Equal(LikeOutcome.Recorded, LikeRules.Judge(new LikeCount(1200, At), Reading(1200, At.AddHours(1)), ClosesAt));
        Assert.Equal(LikeOutcome.Recorded, LikeRules.Judge(new LikeCount(1200, At), Reading(3000, At.AddDays(1)), ClosesAt));
    }

    [Fact]
    public void A_late_or_repeated_reading_is_stale_a_lower_count_is_refused_and_none_counts_from_the_end()
    {
        var current = new LikeCount(3000, At);

        Assert.Equal(LikeOutcome.Stale, LikeRules.Judge(current, Reading(1500, At.AddHours(-1)), ClosesAt));
        Assert.Equal(LikeOutcome.Stale, LikeRules.Judge(current, Reading(3000, At), ClosesAt));
        Assert.Equal(LikeOutcome.Decreased, LikeRules.Judge(current, Reading(2900, At.AddDays(2)), ClosesAt));
        Assert.Equal(LikeOutcome.Frozen, LikeRules.Judge(current, Reading(99_000, ClosesAt), ClosesAt));
        Assert.Equal(LikeOutcome.Frozen, LikeRules.Judge(null, Reading(1, ClosesAt.AddSeconds(1)), ClosesAt));
    }
}
