namespace DigitalCity.Inspection.Places;

/// <summary>
/// One unit grid as a GeoJSON <c>Feature</c> (RFC 7946): the code as its id, its names and parents as
/// properties, its boundary as a <c>Polygon</c> (or <c>MultiPolygon</c> when it has several parts), the
/// same shape the import takes, so a grid read here can be edited and imported again.
/// </summary>
public sealed record GridGeoJsonView(string Type, string Id, double[] Bbox, GridGeoJsonView.GridProperties Properties, GridGeoJsonView.GridGeometry Geometry)
{
    public const string ContentType = "application/geo+json";

    public sealed record GridProperties(
        string Code,
        string Name,
        string CommunityCode,
        string CommunityName,
        string StreetCode,
        string StreetName,
        string DistrictCode,
        string DistrictName);

    /// <param name="Coordinates">Rings of [longitude, latitude] for a Polygon; polygons of those for a MultiPolygon.</param>
    public sealed record GridGeometry(string Type, object Coordinates);

    public static GridGeoJsonView From(GridAssignment place)
    {
        var grid = place.Grid;
        var coordinates = StoredGrid.From(grid).Coordinates;
        var bounds = grid.Boundary.Bounds;
        return new(
            "Feature",
            grid.Code,
            [bounds.West, bounds.South, bounds.East, bounds.North],
            new GridProperties(grid.Code, grid.Name, place.Community.Code, place.Community.Name, place.Street.Code, place.Street.Name, place.District.Code, place.District.Name),
            coordinates.Length == 1 ? new GridGeometry("Polygon", coordinates[0]) : new GridGeometry("MultiPolygon", coordinates));
    }
}
