namespace DigitalCity.Inspection.Places;

/// <summary>
/// One feature of an imported grid layer: the grid, where it stood in the file, and the names given for
/// its street and community (<c>properties.streetName</c>, <c>properties.communityName</c>), which create
/// or rename those parents when the grid is imported into the directory.
/// </summary>
public sealed record GridFeature(int Index, UnitGrid Grid, string? StreetName, string? CommunityName);
