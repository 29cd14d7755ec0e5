using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// A unit grid as stored: its boundary as plain GeoJSON MultiPolygon coordinates (polygons → rings →
/// [longitude, latitude]), which both the JSON document column and BSON hold without custom converters.
/// </summary>
public sealed record StoredGrid(string Code, string Name, string CommunityCode, double[][][][] Coordinates)
{
    public static StoredGrid From(UnitGrid grid) => new(
        grid.Code,
        grid.Name,
        grid.CommunityCode,
        [.. grid.Boundary.Polygons.Select(p => (double[][][])[Ring(p.Exterior), .. p.Holes.Select(Ring)])]);

    /// <exception cref="ArgumentException">The stored coordinates no longer form valid polygons.</exception>
    public UnitGrid ToUnitGrid() => new(
        Code,
        Name,
        CommunityCode,
        new MultiPolygon([.. Coordinates.Select(p => new Polygon(Points(p[0]), [.. p.Skip(1).Select(Points)]))]));

    static double[][] Ring(IReadOnlyList<GeoPoint> ring) => [.. ring.Select(p => new[] { p.Longitude, p.Latitude })];

    static List<GeoPoint> Points(double[][] ring) => [.. ring.Select(p => new GeoPoint(p[0], p[1]))];
}
