namespace DigitalCity.Sanitation.Collection.Tonnage;

/// <summary>What a tonnage report can break its totals down by (<c>by=day,wasteType,district,site,destination</c>).</summary>
public enum TonnageDimension
{
    Day,
    WasteType,
    District,
    Site,
    Destination,
}
