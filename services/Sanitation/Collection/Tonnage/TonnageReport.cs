namespace DigitalCity.Sanitation.Collection.Tonnage;

/// <summary>
/// 清运量报表 — the kilograms (and tonnes) collected in a period, broken down as asked. <see cref="TotalKg"/> is the
/// sum of the rows, and equals the total of any other breakdown of the same period and filters: all are sums of
/// whole kilograms from the same records.
/// </summary>
public sealed record TonnageReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<TonnageDimension> By,
    long TotalKg,
    decimal TotalTonnes,
    long Records,
    IReadOnlyList<TonnageReport.Cell> Rows)
{
    public sealed record Cell(DateOnly? Day, WasteType? WasteType, string? DistrictCode, string? SiteCode, string? DestinationCode, long WeightKg, decimal WeightTonnes, long Records);

    public static TonnageReport Of(TonnageQuery query, IReadOnlyList<TonnageRow> rows)
    {
        ArgumentNullException.ThrowIfNull(query);
        var total = rows.Sum(r => r.WeightKg);
        return new TonnageReport(query.From, query.To, query.By, total, CollectionView.Tonnes(total), rows.Sum(r => r.Records),
            [.. rows.Where(r => r.Records > 0).Select(r => new Cell(r.Day, r.WasteType, r.DistrictCode, r.SiteCode, r.DestinationCode, r.WeightKg, CollectionView.Tonnes(r.WeightKg), r.Records))]);
    }
}
