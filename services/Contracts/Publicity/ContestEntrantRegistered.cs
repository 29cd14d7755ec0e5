using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>Someone registered to enter a contest. Their name only: the phone number never leaves the publicity service.</summary>
[EntityName("digitalcity.publicity.contest-entrant-registered")]
public sealed record ContestEntrantRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EntrantId,
    string ContestCode,
    string AuthorName) : IIntegrationEvent;
