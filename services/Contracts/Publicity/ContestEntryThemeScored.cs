using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>
/// A judge scored an entry's theme impression (题材印象, 0–100); <see cref="ThemeImpression"/> is the mean of its
/// <see cref="Judges"/> judges' scores so far.
/// </summary>
[EntityName("digitalcity.publicity.contest-entry-theme-scored")]
public sealed record ContestEntryThemeScored(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EntryId,
    string ContestCode,
    string Judge,
    int Score,
    decimal ThemeImpression,
    int Judges) : IIntegrationEvent;
