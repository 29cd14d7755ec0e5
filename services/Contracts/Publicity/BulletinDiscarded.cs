using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>An editor discarded a draft bulletin; it will never be published.</summary>
[EntityName("digitalcity.publicity.bulletin-discarded")]
public sealed record BulletinDiscarded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BulletinId,
    string DiscardedBy) : IIntegrationEvent;
