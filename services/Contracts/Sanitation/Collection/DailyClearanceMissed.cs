using MassTransit;

namespace DigitalCity.Contracts.Sanitation.Collection;

/// <summary>
/// 日产日清 — a collection point was not cleared on the city-local <see cref="Day"/> by its cut-off
/// <see cref="ClearBy"/>. <see cref="FirstCollectedAt"/> is its first collection that day if it came late, or null
/// if none had come when the day was judged. Raised once per point and day.
/// </summary>
[EntityName("digitalcity.sanitation.daily-clearance-missed")]
public sealed record DailyClearanceMissed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string SiteCode,
    string SiteName,
    string DistrictCode,
    DateOnly Day,
    DateTimeOffset ClearBy,
    DateTimeOffset? FirstCollectedAt) : IIntegrationEvent;
