using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>
/// 通报草稿 — a publicity editor compiled a draft bulletin from the figures of the city days <see cref="From"/> to
/// <see cref="To"/> in <see cref="DistrictCode"/> (null: the whole city); it awaits review.
/// </summary>
[EntityName("digitalcity.publicity.bulletin-drafted")]
public sealed record BulletinDrafted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BulletinId,
    string Title,
    DateOnly From,
    DateOnly To,
    string? DistrictCode,
    string DraftedBy) : IIntegrationEvent;
