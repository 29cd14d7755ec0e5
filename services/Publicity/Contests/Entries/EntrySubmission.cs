namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>An entrant's own post as submitted: the platform, its link, and whether it carries the contest's topic.</summary>
public sealed record OwnPost(ContestPlatform Platform, string Url, bool CarriesTopic);

/// <summary>What an entrant submits (the phone number travels separately, straight to its encryption).</summary>
public sealed record EntrySubmission(string AuthorName, string Title, string VideoRef, string VideoHash, IReadOnlyList<OwnPost> OwnPosts);
