namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>
/// An approved entry's place in the ranking (1 is best), its score and why it stands where it does — worded from the
/// entry ranked just below it, only when read.
/// </summary>
public sealed class RankedEntry
{
    readonly Ranking _ranking;
    string? _why;

    internal RankedEntry(int rank, EntryTally entry, EntryScore score, decimal? blendScore, Ranking ranking)
    {
        Rank = rank;
        Entry = entry;
        Score = score;
        BlendScore = blendScore;
        _ranking = ranking;
    }

    public int Rank { get; }

    public EntryTally Entry { get; }

    public EntryScore Score { get; }

    public decimal? BlendScore { get; }

    /// <summary>The place's reason: its likes or score, and what split it from the next entry when they tie.</summary>
    public string Why => _why ??= ContestRanking.Explain(this, Rank < _ranking.Count ? _ranking[Rank] : null, _ranking.Rules);
}
