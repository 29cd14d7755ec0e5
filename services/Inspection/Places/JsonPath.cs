using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// JSON 路径 — builds the paths GeoJSON errors are reported at, in the dotted form people read
/// (<c>features[2].geometry.coordinates[0]</c>), with <c>$</c> for the document itself.
/// </summary>
internal static class JsonPath
{
    public static string Property(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Index(string path, int index) => $"{path}[{index}]";

    public static string Display(string path) => path.Length == 0 ? "$" : path;

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => $"an array of {element.GetArrayLength()}",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        _ => "null",
    };

    public static bool TryParse(string json, List<GeoJsonError> errors, [NotNullWhen(true)] out JsonDocument? document)
    {
        try
        {
            document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException e)
        {
            errors.Add(new("$", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}"));
            document = null;
            return false;
        }
    }
}
