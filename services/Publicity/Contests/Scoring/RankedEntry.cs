namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>
/// An approved entry's place in the ranking (1 is best), its score and why it stands where it does — worded from the
/// entry ranked just below it, only when read.
/// </summary>
public sealed class RankedEntry(int rank, EntryTally entry, EntryScore score, decimal? blendScore, ContestRules rules)
{
    string? _why;

    public int Rank { get; } = rank;

    public EntryTally Entry { get; } = entry;

    public EntryScore Score { get; } = score;

    public decimal? BlendScore { get; } = blendScore;

    /// <summary>The place's reason: its likes or score, and what split it from the next entry when they tie.</summary>
    public string Why => _why ??= ContestRanking.Explain(this, Below, rules);

    /// <summary>The entry ranked just below, if any.</summary>
    internal RankedEntry? Below { get; set; }
}
