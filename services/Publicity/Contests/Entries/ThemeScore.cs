namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>One judge's theme impression (题材印象) of an entry, 0–100.</summary>
public sealed record ThemeScore(string Judge, int Impression);
