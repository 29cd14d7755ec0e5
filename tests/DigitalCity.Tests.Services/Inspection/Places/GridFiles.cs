using System.Globalization;

namespace DigitalCity.Tests.Services.Inspection.Places;

/// <summary>Small GeoJSON grid layers for the import tests: 山阳区 (410811), east of the sample grids.</summary>
internal static class GridFiles
{
    /// <summary>A square grid as a feature; extra properties are JSON members written out as given.</summary>
    public static string Square(string code, double west, double south, double size = 0.01, string name = "新城社区网格", string extra = "") =>
        string.Create(CultureInfo.InvariantCulture, $$"""
        { "type": "Feature",
          "properties": { "code": "{{code}}", "name": "{{name}}"{{extra}} },
          "geometry": { "type": "Polygon", "coordinates": [[[{{west}}, {{south}}], [{{west + size}}, {{south}}], [{{west + size}}, {{south + size}}], [{{west}}, {{south + size}}], [{{west}}, {{south}}]]] } }
        """);

    public static string Collection(params string[] features) =>
        $$"""{ "type": "FeatureCollection", "features": [{{string.Join(",", features)}}] }""";

    /// <summary>Two grids of a new street 新城街道 (410811003) and community 新城社区 (410811003001).</summary>
    public static string NewStreet(string name = "新城社区01网格") => Collection(
        Square("41081100300101", 113.27, 35.25, name: name, extra: """, "streetName": "新城街道", "communityName": "新城社区" """),
        Square("41081100300102", 113.28, 35.25));
}
