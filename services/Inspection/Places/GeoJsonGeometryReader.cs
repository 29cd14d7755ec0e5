using System.Text.Json;
using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// GeoJSON 几何读取 — reads a <c>Polygon</c> or <c>MultiPolygon</c> geometry (RFC 7946: WGS84, longitude
/// first, holes after the exterior ring) into a <see cref="MultiPolygon"/>, checking every position and
/// ring and naming the JSON path of each problem. An optional third value (altitude) is ignored.
/// </summary>
public static class GeoJsonGeometryReader
{
    /// <summary>Reads a geometry object given as GeoJSON text.</summary>
    public static GeoJsonResult<MultiPolygon> Read(string geoJson)
    {
        var errors = new List<GeoJsonError>();
        if (!JsonPath.TryParse(geoJson, errors, out var document))
        {
            return new(null, errors);
        }

        using (document)
        {
            var geometry = Read(document.RootElement, "", errors, featureIndex: null);
            return new(errors.Count == 0 ? geometry : null, errors);
        }
    }

    /// <summary>Reads one geometry object found at <paramref name="path"/>, adding problems to <paramref name="errors"/>.</summary>
    internal static MultiPolygon? Read(JsonElement geometry, string path, List<GeoJsonError> errors, int? featureIndex)
    {
        void Error(string at, string message) => errors.Add(new(JsonPath.Display(at), message, featureIndex));

        if (geometry.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"expected a geometry object, found {JsonPath.Describe(geometry)}");
            return null;
        }

        var typePath = JsonPath.Property(path, "type");
        if (!geometry.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            Error(typePath, "a geometry needs a \"type\" of \"Polygon\" or \"MultiPolygon\"");
            return null;
        }

        var coordinatesPath = JsonPath.Property(path, "coordinates");
        var kind = type.GetString();
        if (kind is not ("Polygon" or "MultiPolygon"))
        {
            Error(typePath, $"geometry type \"{kind}\" is not supported; a grid boundary is a \"Polygon\" or \"MultiPolygon\"");
            return null;
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            Error(coordinatesPath, $"a {kind} needs a \"coordinates\" array");
            return null;
        }

        var before = errors.Count;
        List<Polygon?> polygons = [];
        if (kind == "Polygon")
        {
            polygons.Add(ReadPolygon(coordinates, coordinatesPath, Error));
        }
        else if (coordinates.GetArrayLength() == 0)
        {
            Error(coordinatesPath, "a MultiPolygon needs at least one polygon");
        }
        else
        {
            var i = 0;
            foreach (var polygon in coordinates.EnumerateArray())
            {
                polygons.Add(ReadPolygon(polygon, JsonPath.Index(coordinatesPath, i++), Error));
            }
        }

        return errors.Count == before ? new MultiPolygon([.. polygons.OfType<Polygon>()]) : null;
    }

    static Polygon? ReadPolygon(JsonElement polygon, string path, Action<string, string> error)
    {
        if (polygon.ValueKind != JsonValueKind.Array)
        {
            error(path, $"expected a polygon (an array of rings), found {JsonPath.Describe(polygon)}");
            return null;
        }

        if (polygon.GetArrayLength() == 0)
        {
            error(path, "a polygon needs an exterior ring");
            return null;
        }

        if (polygon.EnumerateArray().All(IsPosition))
        {
            error(path, "expected a polygon (an array of rings), found positions; is the coordinates array nested one level too shallow?");
            return null;
        }

        var rings = new List<IReadOnlyList<GeoPoint>?>();
        var i = 0;
        foreach (var ring in polygon.EnumerateArray())
        {
            rings.Add(ReadRing(ring, JsonPath.Index(path, i++), error));
        }

        return rings.All(r => r is not null) ? new Polygon(rings[0]!, [.. rings.Skip(1).Select(r => r!)]) : null;
    }

    static List<GeoPoint>? ReadRing(JsonElement ring, string path, Action<string, string> error)
    {
        if (ring.ValueKind != JsonValueKind.Array)
        {
            error(path, $"expected a linear ring (an array of positions), found {JsonPath.Describe(ring)}");
            return null;
        }

        var positions = new List<GeoPoint>();
        var valid = true;
        var i = 0;
        foreach (var position in ring.EnumerateArray())
        {
            var point = ReadPosition(position, JsonPath.Index(path, i++), error);
            valid &= point is not null;
            if (point is not null)
            {
                positions.Add(point);
            }
        }

        if (!valid)
        {
            return null;
        }

        if (RingRules.RingProblem(positions) is { } problem)
        {
            error(path, problem);
            return null;
        }

        return positions;
    }

    static bool IsPosition(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 0 && e.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number);

    static GeoPoint? ReadPosition(JsonElement position, string path, Action<string, string> error)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is < 2 or > 3
            || position.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
        {
            error(path, $"expected a position [longitude, latitude] (optionally with altitude), found {JsonPath.Describe(position)}");
            return null;
        }

        var longitude = position[0].GetDouble();
        var latitude = position[1].GetDouble();
        if (RingRules.PositionProblem(longitude, latitude) is { } problem)
        {
            error(path, problem);
            return null;
        }

        return new GeoPoint(longitude, latitude);
    }
}
