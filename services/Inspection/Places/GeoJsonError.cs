namespace DigitalCity.Inspection.Places;

/// <summary>
/// GeoJSON 错误 — one problem in GeoJSON input, located by its JSON path (e.g.
/// <c>features[2].geometry.coordinates[0]</c>) so whoever drew the map can find it in their GIS tool.
/// <see cref="FeatureIndex"/> is set when the problem lies inside one feature of a collection.
/// </summary>
public sealed record GeoJsonError(string Path, string Message, int? FeatureIndex = null)
{
    public override string ToString() => $"{Path}: {Message}";
}
