using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>
/// A platform feed's like readings for a contest's posts, sent to the publicity service over the broker (the
/// alternative to <c>POST /api/publicity/contests/{code}/likes</c>). A reading's platform is <c>OfficialChannel</c>,
/// <c>Douyin</c> or <c>WeChatChannels</c>.
/// </summary>
[EntityName("digitalcity.publicity.contest-likes-read")]
public sealed record ContestLikesRead(string ContestCode, IReadOnlyList<LikeReadingMessage> Readings);

/// <summary>One post's like count as the feed read it.</summary>
public sealed record LikeReadingMessage(Guid EntryId, string Platform, long Likes, DateTimeOffset TakenAt);
