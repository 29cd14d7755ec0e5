namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>A contest as the API shows it: its rules, its places and prize money in all, and the version to send back.</summary>
public sealed record ContestView(string Code, ContestRules Rules, int Places, int PrizeMoneyYuan, DateTimeOffset DefinedAt, long Version)
{
    public static ContestView From(Contest c) => new(c.Code, c.Rules, c.Rules.Places, c.Rules.PrizeMoneyYuan, c.DefinedAt, c.Version);
}
