namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>What became of a like snapshot.</summary>
public enum LikeOutcome
{
    /// <summary>Kept: the post's count now.</summary>
    Recorded,

    /// <summary>Taken after the contest closed: counting has frozen, the snapshot is not kept.</summary>
    Frozen,

    /// <summary>Older than the last snapshot kept (a feed delivering late): not kept, the later count stands.</summary>
    Stale,
}
