using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 外包矩形 — the smallest longitude/latitude rectangle around a shape; a cheap first test before the exact
/// point-in-polygon one. Grids are city-sized, so the antimeridian never splits one.
/// </summary>
public readonly record struct BoundingBox(double West, double South, double East, double North)
{
    /// <summary>
    /// Inclusive and widened by <see cref="Polygon.BoundaryTolerance"/>, so a point the exact test would
    /// count as on an edge is never filtered out here.
    /// </summary>
    public bool Contains(GeoPoint point) =>
        point.Longitude >= West - Polygon.BoundaryTolerance && point.Longitude <= East + Polygon.BoundaryTolerance
        && point.Latitude >= South - Polygon.BoundaryTolerance && point.Latitude <= North + Polygon.BoundaryTolerance;

    public BoundingBox Union(BoundingBox other) =>
        new(Math.Min(West, other.West), Math.Min(South, other.South), Math.Max(East, other.East), Math.Max(North, other.North));

    public static BoundingBox Around(IEnumerable<GeoPoint> points)
    {
        var (west, south, east, north) = (double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);
        foreach (var p in points)
        {
            west = Math.Min(west, p.Longitude);
            south = Math.Min(south, p.Latitude);
            east = Math.Max(east, p.Longitude);
            north = Math.Max(north, p.Latitude);
        }

        return west <= east ? new(west, south, east, north) : throw new ArgumentException("A bounding box needs at least one point.", nameof(points));
    }
}
