using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>A contest's rules were set or changed (version <see cref="Version"/>): its period, its places and its prize money.</summary>
/// <param name="Places">Award places over all tiers.</param>
/// <param name="PrizeMoneyYuan">The prize money if every place is awarded, whole yuan.</param>
[EntityName("digitalcity.publicity.contest-defined")]
public sealed record ContestDefined(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContestId,
    string Code,
    string Name,
    DateOnly Opens,
    DateOnly Closes,
    string RequiredTopic,
    int Places,
    int PrizeMoneyYuan,
    long Version) : IIntegrationEvent;
