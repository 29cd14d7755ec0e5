using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 多边形 — a GeoJSON polygon: one exterior ring and any number of holes, in WGS84 longitude/latitude,
/// treated as planar (grids are a few hundred metres across).
/// <para>
/// Edge rule: the polygon is a closed set minus the open interiors of its holes. A point on the exterior
/// ring, or on a hole's ring, is inside; a point strictly inside a hole is outside. "On" means within
/// <see cref="BoundaryTolerance"/> degrees of an edge, so the rule does not hang on the last bit of a
/// double. Neighbouring grids therefore both contain a point on their shared edge;
/// <see cref="GridIndex"/> breaks that tie by grid code.
/// </para>
/// </summary>
public sealed class Polygon
{
    /// <summary>1e-9 degrees, about 0.1 mm on the ground: far below GPS accuracy, far above rounding error.</summary>
    public const double BoundaryTolerance = 1e-9;

    public Polygon(IReadOnlyList<GeoPoint> exterior, IReadOnlyList<IReadOnlyList<GeoPoint>>? holes = null)
    {
        holes ??= [];
        Check(exterior, "exterior ring");
        for (var i = 0; i < holes.Count; i++)
        {
            Check(holes[i], $"hole {i}");
        }

        Exterior = [.. exterior];
        Holes = [.. holes.Select(h => (IReadOnlyList<GeoPoint>)[.. h])];
        Bounds = BoundingBox.Around(exterior);
    }

    public IReadOnlyList<GeoPoint> Exterior { get; }

    public IReadOnlyList<IReadOnlyList<GeoPoint>> Holes { get; }

    public BoundingBox Bounds { get; }

    public bool Contains(GeoPoint point) =>
        Bounds.Contains(point)
        && Locate(Exterior, point) != RingSide.Outside
        && Holes.All(hole => Locate(hole, point) != RingSide.Inside);

    /// <summary>Crossing-number (ray casting) test towards +longitude, after an explicit on-edge test.</summary>
    static RingSide Locate(IReadOnlyList<GeoPoint> ring, GeoPoint p)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (a, b) = (ring[j], ring[i]);
            if (IsOnSegment(a, b, p))
            {
                return RingSide.Boundary;
            }

            // Half-open in latitude, so a ray through a vertex counts the two edges meeting there once.
            if ((a.Latitude > p.Latitude) != (b.Latitude > p.Latitude))
            {
                var crossing = a.Longitude + ((p.Latitude - a.Latitude) * (b.Longitude - a.Longitude) / (b.Latitude - a.Latitude));
                if (p.Longitude < crossing)
                {
                    inside = !inside;
                }
            }
        }

        return inside ? RingSide.Inside : RingSide.Outside;
    }

    static bool IsOnSegment(GeoPoint a, GeoPoint b, GeoPoint p)
    {
        const double e = BoundaryTolerance;
        if (p.Longitude < Math.Min(a.Longitude, b.Longitude) - e || p.Longitude > Math.Max(a.Longitude, b.Longitude) + e
            || p.Latitude < Math.Min(a.Latitude, b.Latitude) - e || p.Latitude > Math.Max(a.Latitude, b.Latitude) + e)
        {
            return false;
        }

        var (dx, dy) = (b.Longitude - a.Longitude, b.Latitude - a.Latitude);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        var cross = (dx * (p.Latitude - a.Latitude)) - (dy * (p.Longitude - a.Longitude));
        return length == 0 || Math.Abs(cross) / length <= e;
    }

    static void Check(IReadOnlyList<GeoPoint> ring, string name)
    {
        foreach (var p in ring)
        {
            if (RingRules.PositionProblem(p.Longitude, p.Latitude) is { } positionProblem)
            {
                throw new ArgumentException($"The {name} has an invalid position: {positionProblem}.");
            }
        }

        if (RingRules.RingProblem(ring) is { } ringProblem)
        {
            throw new ArgumentException($"The {name} is invalid: {ringProblem}.");
        }
    }

    enum RingSide
    {
        Outside,
        Boundary,
        Inside,
    }
}
