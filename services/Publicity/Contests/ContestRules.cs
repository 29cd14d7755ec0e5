using DigitalCity.ServiceDefaults.Hosting;

namespace DigitalCity.Publicity.Contests;

/// <summary>
/// A contest as data, so the next contest needs no code: its name and period (city-local days, inclusive), the
/// platforms an entrant's own post may be on, the topic it must carry, the theme, the award tiers in order, and how
/// the theme impression counts (<see cref="ThemeWeight"/> is the blend's share of the score, 0–1, for
/// <see cref="ThemeImpressionRule.WeightedBlend"/>), and how many entries one person may submit.
/// </summary>
public sealed record ContestRules(
    string Name,
    DateOnly Opens,
    DateOnly Closes,
    IReadOnlyList<ContestPlatform> OwnPlatforms,
    string RequiredTopic,
    string Theme,
    IReadOnlyList<AwardTier> Tiers,
    ThemeImpressionRule ThemeRule = ThemeImpressionRule.TieBreaker,
    decimal ThemeWeight = 0m,
    int MaxEntriesPerEntrant = ContestRules.DefaultMaxEntriesPerEntrant)
{
    /// <summary>One person's entries per contest when the contest does not say otherwise.</summary>
    public const int DefaultMaxEntriesPerEntrant = 3;

    /// <summary>焦作"2023·美在灯影里"网红短视频大赛, as the story publishes it (domain §8): 11 winners, ¥3,900.</summary>
    public static ContestRules BeautyInTheLights { get; } = new(
        "焦作\"2023·美在灯影里\"网红短视频大赛",
        new DateOnly(2023, 1, 26),
        new DateOnly(2023, 2, 19),
        [ContestPlatform.Douyin, ContestPlatform.WeChatChannels],
        "#焦作城管",
        "城市节日灯光、城管人工作风采",
        [new("一等奖", 1, 1000), new("二等奖", 2, 500), new("三等奖", 3, 300), new("优秀奖", 5, 200)]);

    public int Places => Tiers.Sum(t => t.Places);

    public int PrizeMoneyYuan => Tiers.Sum(t => t.Places * t.PrizeYuan);

    /// <summary>The instant counting freezes and results may be decided: the end of the closing day, city time.</summary>
    public DateTimeOffset EndsAt(CityClock city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.StartOf(Closes.AddDays(1));
    }

    /// <summary>What is wrong with these rules, if anything (empty when they can run a contest).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("The contest needs a name.");
        }

        if (Closes < Opens)
        {
            problems.Add("The contest closes before it opens.");
        }

        if (OwnPlatforms.Count == 0 || OwnPlatforms.Contains(ContestPlatform.OfficialChannel))
        {
            problems.Add("Own posts are on Douyin or WeChat Channels; list at least one and not the official channel.");
        }

        if (!RequiredTopic.StartsWith('#') || RequiredTopic.Length < 2)
        {
            problems.Add("The required topic is a hashtag such as #焦作城管.");
        }

        if (Tiers.Count == 0 || Tiers.Any(t => string.IsNullOrWhiteSpace(t.Name) || t.Places < 1 || t.PrizeYuan < 0))
        {
            problems.Add("Each award tier has a name, at least one place and a prize of at least ¥0.");
        }

        if (ThemeRule == ThemeImpressionRule.WeightedBlend ? ThemeWeight is <= 0 or >= 1 : ThemeWeight != 0)
        {
            problems.Add("A weighted blend gives the theme impression a weight between 0 and 1 (exclusive); a tie-breaker none.");
        }

        if (MaxEntriesPerEntrant < 1)
        {
            problems.Add("An entrant may submit at least one entry.");
        }

        return problems;
    }
}
