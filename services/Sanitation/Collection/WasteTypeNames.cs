namespace DigitalCity.Sanitation.Collection;

/// <summary>Waste types as files and weighbridges write them: the English names in any case, or the Chinese ones.</summary>
public static class WasteTypeNames
{
    static readonly Dictionary<string, WasteType> Chinese = new(StringComparer.Ordinal)
    {
        ["生活垃圾"] = WasteType.Household,
        ["其他垃圾"] = WasteType.Household,
        ["厨余垃圾"] = WasteType.Kitchen,
        ["可回收物"] = WasteType.Recyclable,
        ["有害垃圾"] = WasteType.Hazardous,
    };

    public static string Accepted { get; } = $"{string.Join(", ", Enum.GetNames<WasteType>())} or {string.Join(", ", Chinese.Keys)}";

    public static bool TryParse(string? text, out WasteType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        return Chinese.TryGetValue(value, out type)
            || (Enum.TryParse(value, ignoreCase: true, out type) && Enum.IsDefined(type) && !value.All(char.IsAsciiDigit));
    }
}
