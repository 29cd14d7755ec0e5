namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>What the ranking needs of one entry: who, when, its standing, the judges' theme impression (0–100, if given) and its posts' likes.</summary>
public sealed record EntryTally(
    Guid EntryId,
    string Author,
    string Title,
    DateTimeOffset SubmittedAt,
    EntryStanding Standing,
    decimal? ThemeImpression,
    IReadOnlyList<PostLikes> Posts);
