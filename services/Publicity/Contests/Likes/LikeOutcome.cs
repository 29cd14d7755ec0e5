namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>What became of a like snapshot; every outcome but <see cref="Recorded"/> leaves the post's count as it was.</summary>
public enum LikeOutcome
{
    /// <summary>Kept: the post's count now, and a point of its time series.</summary>
    Recorded,

    /// <summary>Taken after the contest closed: counting has frozen, the snapshot is not kept.</summary>
    Frozen,

    /// <summary>Taken no later than the last snapshot kept (a feed delivering late or twice): not kept, the later count stands.</summary>
    Stale,

    /// <summary>Fewer likes than already counted: refused — a platform's count does not fall, so the feed is wrong.</summary>
    Decreased,

    /// <summary>No such post: the entry is unknown, belongs to another contest, or has no post on that platform (yet).</summary>
    UnknownPost,
}
