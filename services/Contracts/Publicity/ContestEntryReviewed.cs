using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>
/// The organising committee decided on an entry: <see cref="Standing"/> is <c>Approved</c> (with the official
/// channel's post), <c>Rejected</c> or, later, <c>Disqualified</c> (each with the reason).
/// </summary>
[EntityName("digitalcity.publicity.contest-entry-reviewed")]
public sealed record ContestEntryReviewed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EntryId,
    string ContestCode,
    string Standing,
    string? Reason,
    string? OfficialPostUrl,
    string ReviewedBy) : IIntegrationEvent;
