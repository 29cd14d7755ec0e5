namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// One post of an entry's video: where (<see cref="Platform"/>), its link, whether it carries the contest's topic, and
/// whether the committee found it the same original video. Its like counts arrive over time as snapshots; the last
/// one taken before the contest closed is what counts.
/// </summary>
public sealed class EntryPost
{
    readonly List<LikeSnapshot> _snapshots = [];

    EntryPost()
    {
    }

    public EntryPost(ContestPlatform platform, string url, bool carriesTopic)
    {
        Platform = platform;
        Url = url;
        CarriesTopic = carriesTopic;
    }

    public ContestPlatform Platform { get; private set; }

    public string Url { get; private set; } = "";

    public bool CarriesTopic { get; private set; }

    /// <summary>The committee's finding; a post found to be another video counts no likes.</summary>
    public bool SameOriginalVideo { get; private set; } = true;

    public IReadOnlyList<LikeSnapshot> Snapshots
    {
        get => _snapshots;
        private set
        {
            _snapshots.Clear();
            _snapshots.AddRange(value);
        }
    }

    public long Likes => _snapshots.Count == 0 ? 0 : _snapshots[^1].Likes;

    internal void FindNotTheSameVideo() => SameOriginalVideo = false;

    internal void Add(LikeSnapshot snapshot) => _snapshots.Add(snapshot);
}

/// <summary>A like count read at <see cref="TakenAt"/>.</summary>
public sealed record LikeSnapshot(DateTimeOffset TakenAt, long Likes);
