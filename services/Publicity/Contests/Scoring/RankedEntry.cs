namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>An approved entry's place in the ranking (1 is best), its score and why it stands where it does.</summary>
public sealed record RankedEntry(int Rank, EntryTally Entry, EntryScore Score, decimal? BlendScore, string Why);
