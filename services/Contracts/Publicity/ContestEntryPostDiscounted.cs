using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>The committee found an entrant's own post on <see cref="Platform"/> not to be the same original video: its likes no longer count.</summary>
[EntityName("digitalcity.publicity.contest-entry-post-discounted")]
public sealed record ContestEntryPostDiscounted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EntryId,
    string ContestCode,
    string Platform,
    string FoundBy) : IIntegrationEvent;
