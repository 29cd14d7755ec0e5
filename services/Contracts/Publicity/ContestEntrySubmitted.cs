using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>
/// An entry was submitted to a contest: its author's name (never the phone number), title, the original video's
/// content hash and the platforms of the entrant's own posts.
/// </summary>
[EntityName("digitalcity.publicity.contest-entry-submitted")]
public sealed record ContestEntrySubmitted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EntryId,
    string ContestCode,
    string AuthorName,
    string Title,
    string VideoHash,
    IReadOnlyList<string> OwnPlatforms) : IIntegrationEvent;
