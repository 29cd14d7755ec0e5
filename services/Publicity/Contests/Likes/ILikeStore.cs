namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>
/// Like counts per post: the count as last kept, for the ranking, and every kept snapshot as the post's time series.
/// </summary>
public interface ILikeStore
{
    /// <summary>
    /// Judges each reading by <see cref="LikeRules"/> against the post's count (readings of one post in a batch are
    /// judged in order) and keeps those recorded, all in one write; returns each reading's outcome in order. A reading
    /// for a post the contest does not have is <see cref="LikeOutcome.UnknownPost"/>.
    /// </summary>
    Task<IReadOnlyList<LikeOutcome>> RecordAsync(string contestCode, IReadOnlyList<LikeReading> readings, DateTimeOffset closesAt, CancellationToken cancellationToken);

    /// <summary>The kept snapshots of one entry's posts, oldest first per platform.</summary>
    Task<IReadOnlyList<LikeReading>> SeriesAsync(Guid entryId, CancellationToken cancellationToken);
}
