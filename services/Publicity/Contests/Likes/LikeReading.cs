namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>A like count of one entry's post on <see cref="Platform"/>, read at <see cref="TakenAt"/> by a feed or the committee.</summary>
public sealed record LikeReading(Guid EntryId, ContestPlatform Platform, long Likes, DateTimeOffset TakenAt);

/// <summary>A post's count as last kept: the likes and when they were read.</summary>
public sealed record LikeCount(long Likes, DateTimeOffset TakenAt);
