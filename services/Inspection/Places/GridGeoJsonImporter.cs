using System.Text.Json;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 网格导入 — reads unit grids from a GeoJSON <c>FeatureCollection</c>, the format GIS tools export. Each
/// feature carries <c>properties.code</c> (the grid code, a JSON string), <c>properties.name</c> and
/// optionally <c>communityCode</c> / <c>streetCode</c>, which must agree with the code when present, and
/// <c>communityName</c> / <c>streetName</c> for parents the directory does not have yet. The whole file is
/// refused if any feature is wrong, with every error listed: a half-imported grid layer would leave points
/// unassigned without anyone noticing.
/// </summary>
public static class GridGeoJsonImporter
{
    public static GeoJsonResult<IReadOnlyList<UnitGrid>> Import(string geoJson, GridCodeProfile profile)
    {
        var result = ImportFeatures(geoJson, profile);
        return new(result.Succeeded ? [.. result.Value.Select(f => f.Grid)] : null, result.Errors);
    }

    /// <summary>The features with their positions in the file and parent names.</summary>
    /// <param name="maxFeatures">More features than this refuse the file at once (the path <c>features</c>).</param>
    public static GeoJsonResult<IReadOnlyList<GridFeature>> ImportFeatures(string geoJson, GridCodeProfile profile, int maxFeatures = int.MaxValue)
    {
        var errors = new List<GeoJsonError>();
        if (!JsonPath.TryParse(geoJson, errors, out var document))
        {
            return new(null, errors);
        }

        using (document)
        {
            var grids = ReadCollection(document.RootElement, profile, maxFeatures, errors);
            return new(errors.Count == 0 ? grids : null, errors);
        }
    }

    static List<GridFeature> ReadCollection(JsonElement root, GridCodeProfile profile, int maxFeatures, List<GeoJsonError> errors)
    {
        var grids = new List<GridFeature>();
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection")
        {
            errors.Add(new("$", "expected a GeoJSON object with \"type\": \"FeatureCollection\""));
            return grids;
        }

        if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new("features", "a FeatureCollection needs a \"features\" array"));
            return grids;
        }

        if (features.GetArrayLength() > maxFeatures)
        {
            errors.Add(new("features", $"the collection has {features.GetArrayLength()} features; at most {maxFeatures} are accepted at once — split the layer, e.g. by district"));
            return grids;
        }

        var firstIndexOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            if (ReadFeature(feature, index, profile, errors) is { } grid)
            {
                if (firstIndexOfCode.TryGetValue(grid.Grid.Code, out var first))
                {
                    errors.Add(new($"features[{index}].properties.code", $"grid code {grid.Grid.Code} is already used by features[{first}]", index));
                }
                else
                {
                    firstIndexOfCode.Add(grid.Grid.Code, index);
                    grids.Add(grid);
                }
            }

            index++;
        }

        return grids;
    }

    static GridFeature? ReadFeature(JsonElement feature, int index, GridCodeProfile profile, List<GeoJsonError> errors)
    {
        var path = $"features[{index}]";
        void Error(string at, string message) => errors.Add(new(at, message, index));

        if (feature.ValueKind != JsonValueKind.Object
            || !feature.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Feature")
        {
            Error(path, "expected a GeoJSON object with \"type\": \"Feature\"");
            return null;
        }

        var propertiesPath = JsonPath.Property(path, "properties");
        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            Error(propertiesPath, "a grid feature needs a \"properties\" object with \"code\" and \"name\"");
            properties = default;
        }

        var before = errors.Count;
        var code = ReadCode(properties, propertiesPath, profile, Error);
        var name = ReadText(properties, propertiesPath, "name", required: true, Error);
        var streetName = ReadText(properties, propertiesPath, "streetName", required: false, Error);
        var communityName = ReadText(properties, propertiesPath, "communityName", required: false, Error);
        if (code is not null)
        {
            CheckParent(properties, propertiesPath, "communityCode", code.CommunityCode, Error);
            CheckParent(properties, propertiesPath, "streetCode", code.StreetCode, Error);
        }

        var geometryPath = JsonPath.Property(path, "geometry");
        var boundary = feature.TryGetProperty("geometry", out var geometry) && geometry.ValueKind != JsonValueKind.Null
            ? GeoJsonGeometryReader.Read(geometry, geometryPath, errors, index)
            : null;
        if (boundary is null && errors.Count == before)
        {
            Error(geometryPath, "a grid feature needs a Polygon or MultiPolygon geometry");
        }

        return errors.Count == before
            ? new GridFeature(index, new UnitGrid(code!.Value, name!.Trim(), code.CommunityCode, boundary!), streetName?.Trim(), communityName?.Trim())
            : null;
    }

    static GridCode? ReadCode(JsonElement properties, string propertiesPath, GridCodeProfile profile, Action<string, string> error)
    {
        var path = JsonPath.Property(propertiesPath, "code");
        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("code", out var value) && value.ValueKind == JsonValueKind.Number)
        {
            error(path, $"the grid code must be a JSON string (\"{value.GetRawText()}\"), not a number, so that no digit is lost");
            return null;
        }

        var text = ReadText(properties, propertiesPath, "code", required: true, error);
        if (text is null)
        {
            return null;
        }

        if (!GridCode.TryParse(text, profile, out var code, out var problem))
        {
            error(path, problem.Message);
        }

        return code;
    }

    static void CheckParent(JsonElement properties, string propertiesPath, string property, string expected, Action<string, string> error)
    {
        var given = ReadText(properties, propertiesPath, property, required: false, error);
        if (given is not null && given != expected)
        {
            error(JsonPath.Property(propertiesPath, property), $"{property} {given} disagrees with the grid code, which names {expected}");
        }
    }

    static string? ReadText(JsonElement properties, string propertiesPath, string property, bool required, Action<string, string> error)
    {
        var path = JsonPath.Property(propertiesPath, property);
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required && properties.ValueKind == JsonValueKind.Object)
            {
                error(path, $"\"{property}\" is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            error(path, $"\"{property}\" must be a non-empty string, found {JsonPath.Describe(value)}");
            return null;
        }

        return value.GetString();
    }
}
