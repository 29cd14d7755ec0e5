using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>An editor changed a draft bulletin's title or text; <see cref="Version"/> is the draft's version after the change.</summary>
[EntityName("digitalcity.publicity.bulletin-edited")]
public sealed record BulletinEdited(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BulletinId,
    string Title,
    string EditedBy,
    long Version) : IIntegrationEvent;
