namespace DigitalCity.Tests.Services.Support;

/// <summary>The 2023 contest's rules as an editor sends them.</summary>
public static class ContestRequests
{
    public static object Lights2023(long? version = null, string name = "焦作\"2023·美在灯影里\"网红短视频大赛") => new
    {
        version,
        name,
        opens = "2023-01-26",
        closes = "2023-02-19",
        ownPlatforms = new[] { "Douyin", "WeChatChannels" },
        requiredTopic = "#焦作城管",
        theme = "城市节日灯光、城管人工作风采",
        tiers = new[]
        {
            new { name = "一等奖", places = 1, prizeYuan = 1000 },
            new { name = "二等奖", places = 2, prizeYuan = 500 },
            new { name = "三等奖", places = 3, prizeYuan = 300 },
            new { name = "优秀奖", places = 5, prizeYuan = 200 },
        },
    };
}
