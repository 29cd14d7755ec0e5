namespace DigitalCity.Publicity.Contests;

/// <summary>
/// How the judges' theme impression (题材印象, 0–100) enters the comprehensive evaluation: only to order entries
/// with the same total likes (the default), or blended with the likes at a configured weight.
/// </summary>
public enum ThemeImpressionRule
{
    TieBreaker,
    WeightedBlend,
}
