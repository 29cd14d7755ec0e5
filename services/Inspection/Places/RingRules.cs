using System.Globalization;
using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// The RFC 7946 rules for positions and linear rings, in one place so that the GeoJSON reader (which adds
/// the JSON path) and code building polygons directly give the same messages.
/// A ring must be simple (OGC Simple Features, which RFC 7946 defers to): no edge may cross or touch
/// another except its neighbours at their shared position, or point-in-polygon answers become arbitrary.
/// Winding order is not enforced: RFC 7946 §3.1.6 says parsers should not reject rings for it, and
/// point assignment does not depend on it.
/// </summary>
internal static class RingRules
{
    public const int MinimumPositions = 4;

    /// <summary>What is wrong with a position, or null. Hints at swapped axes when swapping would fix it.</summary>
    public static string? PositionProblem(double longitude, double latitude)
    {
        var swapHint = Math.Abs(latitude) <= 180 && Math.Abs(longitude) <= 90
            ? "; positions are [longitude, latitude] — are the two swapped?"
            : "";
        if (double.IsNaN(longitude) || longitude < -180 || longitude > 180)
        {
            return $"longitude {Format(longitude)} is outside [-180, 180]{swapHint}";
        }

        if (double.IsNaN(latitude) || latitude < -90 || latitude > 90)
        {
            return $"latitude {Format(latitude)} is outside [-90, 90]{swapHint}";
        }

        return null;
    }

    /// <summary>What is wrong with a ring as a whole (its positions already checked), or null.</summary>
    public static string? RingProblem(IReadOnlyList<GeoPoint> ring)
    {
        if (ring.Count < MinimumPositions)
        {
            return $"a linear ring needs at least {MinimumPositions} positions (the first repeated as the last); it has {ring.Count}";
        }

        if (ring[0] != ring[^1])
        {
            return $"the ring is not closed: it starts at {Format(ring[0])} and ends at {Format(ring[^1])}; the last position must repeat the first";
        }

        return RingCrossing.Find(ring) is { } crossing
            ? $"the ring crosses or touches itself: edge {crossing.First} ({Format(crossing.A1)}–{Format(crossing.A2)}) meets edge {crossing.Second} ({Format(crossing.B1)}–{Format(crossing.B2)}); a grid boundary must be a simple ring"
            : null;
    }

    public static string Format(GeoPoint p) => $"[{Format(p.Longitude)}, {Format(p.Latitude)}]";

    static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
