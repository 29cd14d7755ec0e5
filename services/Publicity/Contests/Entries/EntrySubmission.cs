namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>An entrant's own post as submitted: the platform, its link, and whether it carries the contest's topic.</summary>
public sealed record OwnPost(ContestPlatform Platform, string Url, bool CarriesTopic);

/// <summary>What an entrant submits with an entry; who they are (name and protected number) comes from their registration.</summary>
public sealed record EntrySubmission(string Title, string VideoRef, string VideoHash, IReadOnlyList<OwnPost> OwnPosts);
