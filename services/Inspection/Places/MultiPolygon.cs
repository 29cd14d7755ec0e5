using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 多面 — one or more polygons forming one area. Every grid boundary is held this way, whether the
/// GeoJSON said <c>Polygon</c> or <c>MultiPolygon</c>, so that containment has one code path.
/// </summary>
public sealed class MultiPolygon
{
    public MultiPolygon(IReadOnlyList<Polygon> polygons)
    {
        if (polygons.Count == 0)
        {
            throw new ArgumentException("A multipolygon needs at least one polygon.", nameof(polygons));
        }

        Polygons = [.. polygons];
        Bounds = polygons.Skip(1).Aggregate(polygons[0].Bounds, (box, p) => box.Union(p.Bounds));
    }

    public MultiPolygon(Polygon polygon)
        : this([polygon])
    {
    }

    public IReadOnlyList<Polygon> Polygons { get; }

    public BoundingBox Bounds { get; }

    /// <summary>Inside any one of the polygons; see <see cref="Polygon"/> for the edge rule.</summary>
    public bool Contains(GeoPoint point) => Bounds.Contains(point) && Polygons.Any(p => p.Contains(point));
}
