using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 自相交检查 — finds two edges of a closed ring that cross or touch although they are not neighbours: a
/// bow-tie, a figure eight, or a spike folding back on an earlier edge. Consecutive repeated positions
/// (common in GIS exports) are collapsed first, so they are not mistaken for touching edges.
/// <para>
/// Every pair of edges is compared after a bounding-box test: quadratic, which is milliseconds for the
/// few hundred positions a grid boundary has; the import's size limit bounds the worst case.
/// </para>
/// </summary>
internal static class RingCrossing
{
    /// <summary>Edges are numbered from 0 (first position to second) along the ring as given.</summary>
    public sealed record Crossing(int First, GeoPoint A1, GeoPoint A2, int Second, GeoPoint B1, GeoPoint B2);

    /// <summary>The first crossing found, or null when the ring is simple. The ring must be closed.</summary>
    public static Crossing? Find(IReadOnlyList<GeoPoint> ring)
    {
        // Positions without consecutive repeats, remembering each one's edge number in the original ring.
        var points = new List<GeoPoint>(ring.Count);
        var edgeOf = new List<int>(ring.Count);
        for (var i = 0; i < ring.Count; i++)
        {
            if (points.Count == 0 || points[^1] != ring[i])
            {
                points.Add(ring[i]);
                edgeOf.Add(i);
            }
        }

        var edges = points.Count - 1;
        if (edges < 3)
        {
            return edges <= 0 ? null : new Crossing(edgeOf[0], points[0], points[1], edgeOf[^1] - 1, points[^2], points[^1]);
        }

        for (var i = 0; i < edges; i++)
        {
            for (var j = i + 1; j < edges; j++)
            {
                var neighbours = j == i + 1 || (i == 0 && j == edges - 1);
                if (!neighbours && Meet(points[i], points[i + 1], points[j], points[j + 1]))
                {
                    return new Crossing(edgeOf[i], points[i], points[i + 1], edgeOf[j], points[j], points[j + 1]);
                }

                if (neighbours && Overlap(points[i], points[i + 1], points[j], points[j + 1], i == 0 && j == edges - 1))
                {
                    return new Crossing(edgeOf[i], points[i], points[i + 1], edgeOf[j], points[j], points[j + 1]);
                }
            }
        }

        return null;
    }

    /// <summary>Whether segments a1–a2 and b1–b2 share at least one point (exact orientation tests).</summary>
    static bool Meet(GeoPoint a1, GeoPoint a2, GeoPoint b1, GeoPoint b2)
    {
        if (Math.Max(a1.Longitude, a2.Longitude) < Math.Min(b1.Longitude, b2.Longitude)
            || Math.Max(b1.Longitude, b2.Longitude) < Math.Min(a1.Longitude, a2.Longitude)
            || Math.Max(a1.Latitude, a2.Latitude) < Math.Min(b1.Latitude, b2.Latitude)
            || Math.Max(b1.Latitude, b2.Latitude) < Math.Min(a1.Latitude, a2.Latitude))
        {
            return false;
        }

        var (d1, d2) = (Orientation(b1, b2, a1), Orientation(b1, b2, a2));
        var (d3, d4) = (Orientation(a1, a2, b1), Orientation(a1, a2, b2));
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
        {
            return true;
        }

        return (d1 == 0 && Within(b1, b2, a1)) || (d2 == 0 && Within(b1, b2, a2))
            || (d3 == 0 && Within(a1, a2, b1)) || (d4 == 0 && Within(a1, a2, b2));
    }

    /// <summary>
    /// Neighbouring edges share one position; they are still wrong when the ring doubles back along
    /// itself (the far end of one lies on the other), which leaves a zero-width spike.
    /// </summary>
    static bool Overlap(GeoPoint a1, GeoPoint a2, GeoPoint b1, GeoPoint b2, bool closing)
    {
        // a2 == b1 for consecutive edges; for the closing pair (first and last edge) a1 == b2.
        var (shared, a, b) = closing ? (a1, a2, b1) : (a2, a1, b2);
        return Orientation(shared, a, b) == 0
            && (Within(shared, a, b) || Within(shared, b, a));
    }

    static double Orientation(GeoPoint p, GeoPoint q, GeoPoint r) =>
        ((q.Longitude - p.Longitude) * (r.Latitude - p.Latitude)) - ((q.Latitude - p.Latitude) * (r.Longitude - p.Longitude));

    /// <summary>r, known to be collinear with p–q, lies on the segment p–q.</summary>
    static bool Within(GeoPoint p, GeoPoint q, GeoPoint r) =>
        r.Longitude >= Math.Min(p.Longitude, q.Longitude) && r.Longitude <= Math.Max(p.Longitude, q.Longitude)
        && r.Latitude >= Math.Min(p.Latitude, q.Latitude) && r.Latitude <= Math.Max(p.Latitude, q.Latitude);
}
