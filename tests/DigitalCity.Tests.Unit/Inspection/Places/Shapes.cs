using DigitalCity.Contracts;
using DigitalCity.Inspection.Places;

namespace DigitalCity.Tests.Unit.Inspection.Places;

/// <summary>Small shapes and grids for the place tests.</summary>
internal static class Shapes
{
    /// <summary>A closed counterclockwise ring around the rectangle.</summary>
    public static IReadOnlyList<GeoPoint> Ring(double west, double south, double east, double north) =>
        [new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)];

    public static Polygon Rectangle(double west, double south, double east, double north) => new(Ring(west, south, east, north));

    public static UnitGrid Grid(string code, Polygon polygon) => new(code, $"网格{code[^2..]}", code[..12], new MultiPolygon(polygon));

    /// <summary>A feature collection from feature bodies written as JSON.</summary>
    public static string Collection(params string[] features) =>
        $$"""{ "type": "FeatureCollection", "features": [{{string.Join(",", features)}}] }""";

    public static string Feature(string code, string coordinates = "[[[113.23, 35.23], [113.24, 35.23], [113.24, 35.24], [113.23, 35.23]]]", string name = "示例网格") =>
        $$"""{ "type": "Feature", "properties": { "code": "{{code}}", "name": "{{name}}" }, "geometry": { "type": "Polygon", "coordinates": {{coordinates}} } }""";
}
