using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Cases;

/// <summary>Great-circle distances between WGS84 points (haversine), good to a few metres at city scale.</summary>
public static class GeoDistance
{
    /// <summary>The mean Earth radius, also the unit of MongoDB's spherical distances.</summary>
    public const double EarthRadiusMeters = 6_371_008.8;

    public static double Meters(GeoPoint a, GeoPoint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Degrees of latitude and longitude that cover at least <paramref name="meters"/> around a point.</summary>
    public static (double Latitude, double Longitude) DegreesAround(GeoPoint point, double meters)
    {
        ArgumentNullException.ThrowIfNull(point);
        var latitude = meters / 111_000d;
        var longitude = meters / (111_000d * Math.Max(0.01, Math.Cos(Radians(point.Latitude))));
        return (latitude, longitude);
    }

    static double Radians(double degrees) => degrees * Math.PI / 180;
}
