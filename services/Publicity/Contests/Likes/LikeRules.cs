namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>
/// Whether a snapshot becomes a post's count: one taken after the contest closed is frozen out, one no later than the
/// count kept is stale, one lower than it is refused; anything else is kept. Counts only grow, so the last snapshot
/// before the close is the post's likes.
/// </summary>
public static class LikeRules
{
    public static LikeOutcome Judge(LikeCount? current, LikeReading reading, DateTimeOffset closesAt)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.TakenAt >= closesAt)
        {
            return LikeOutcome.Frozen;
        }

        if (current is null)
        {
            return LikeOutcome.Recorded;
        }

        return reading.TakenAt <= current.TakenAt ? LikeOutcome.Stale
            : reading.Likes < current.Likes ? LikeOutcome.Decreased
            : LikeOutcome.Recorded;
    }
}
