namespace DigitalCity.Sanitation.Collection.Tonnage;

/// <summary>
/// One cell of a tonnage report: the values of the dimensions asked for (null for the others; an empty
/// <see cref="DestinationCode"/> is "no destination recorded"), the whole kilograms and the number of records.
/// </summary>
public sealed record TonnageRow(
    DateOnly? Day,
    WasteType? WasteType,
    string? DistrictCode,
    string? SiteCode,
    string? DestinationCode,
    long WeightKg,
    long Records);
