namespace DigitalCity.Sanitation.Collection.Storage;

/// <summary>Which records a list shows: a city-local day range, and optionally one site, district or waste type.</summary>
public sealed record CollectionFilter(DateOnly From, DateOnly To, string? SiteCode = null, string? DistrictCode = null, WasteType? WasteType = null);
