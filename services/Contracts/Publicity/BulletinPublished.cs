using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>
/// 通报发布 — the publicity office published a bulletin (新闻稿) for other city systems: its title and Chinese text, the
/// city days <see cref="From"/> to <see cref="To"/> it reports on, its district (<see cref="DistrictCode"/> and
/// <see cref="DistrictName"/>; both null for the whole city, 全市), and the figures it was compiled from, by metric
/// (counts, and kilograms for the <c>…WasteKg</c> metrics).
/// </summary>
[EntityName("digitalcity.publicity.bulletin-published")]
public sealed record BulletinPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid BulletinId,
    string Title,
    string Text,
    DateOnly From,
    DateOnly To,
    string? DistrictCode,
    string? DistrictName,
    IReadOnlyDictionary<string, long> Figures,
    string PublishedBy,
    DateTimeOffset PublishedAt) : IIntegrationEvent;
