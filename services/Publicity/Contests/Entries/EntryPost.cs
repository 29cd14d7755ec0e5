namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// One post of an entry's video: where (<see cref="Platform"/>), its link, whether it carries the contest's topic, and
/// whether the committee found it the same original video. Its like counts are kept apart, as a time series per post
/// (<see cref="Likes.ILikeStore"/>), so a snapshot never rewrites the entry.
/// </summary>
public sealed class EntryPost
{
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

    internal void FindNotTheSameVideo() => SameOriginalVideo = false;
}
