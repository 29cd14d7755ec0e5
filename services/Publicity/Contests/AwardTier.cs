namespace DigitalCity.Publicity.Contests;

/// <summary>One prize level: its name (一等奖), how many places it has and the prize of each, in whole yuan.</summary>
public sealed record AwardTier(string Name, int Places, int PrizeYuan);
