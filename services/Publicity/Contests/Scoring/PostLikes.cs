namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>
/// One post of an entry's video and its like count when counting stopped (the contest's end, or now). Whether it is
/// the same original video as the entry, and whether it carries the contest's topic, are the committee's findings.
/// </summary>
public sealed record PostLikes(ContestPlatform Platform, long Likes, bool SameOriginalVideo = true, bool CarriesTopic = true);
