namespace DigitalCity.Sanitation.Collection.Tonnage;

/// <summary>
/// A tonnage report's question: the city-local days <see cref="From"/>–<see cref="To"/> (inclusive), broken down by
/// <see cref="By"/> (none: one grand total), optionally only one waste type, district or site.
/// </summary>
public sealed record TonnageQuery(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<TonnageDimension> By,
    WasteType? WasteType = null,
    string? DistrictCode = null,
    string? SiteCode = null);
