namespace DigitalCity.Publicity.Bulletins;

/// <summary>A bulletin as the API shows it: its text, the figures behind it (metric → quantity), its review and the version to send back.</summary>
public sealed record BulletinView(
    Guid Id,
    BulletinStatus Status,
    string Title,
    string Text,
    string? Occasion,
    DateOnly From,
    DateOnly To,
    string? DistrictCode,
    string? DistrictName,
    IReadOnlyDictionary<string, long> Figures,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string? EditedBy,
    DateTimeOffset? EditedAt,
    string? PublishedBy,
    DateTimeOffset? PublishedAt,
    string? DiscardedBy,
    DateTimeOffset? DiscardedAt,
    long Version)
{
    public static BulletinView Of(Bulletin b) => new(
        b.Id, b.Status, b.Title, b.Text, b.Occasion, b.From, b.To, b.DistrictCode, b.DistrictName,
        b.Figures.ToDictionary(f => f.Metric, f => f.Quantity), b.DraftedBy, b.DraftedAt, b.EditedBy, b.EditedAt,
        b.PublishedBy, b.PublishedAt, b.DiscardedBy, b.DiscardedAt, b.Version);
}
