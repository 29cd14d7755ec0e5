using System.Globalization;
using CsvHelper;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Collection;

/// <summary>
/// Reads a file of collection records — a weighbridge export or a spreadsheet: comma-separated, UTF-8, a header
/// naming the columns in any order and case. <c>crew</c> lists people separated by <c>;</c>; <c>collectedAt</c> is
/// ISO 8601 with its offset (e.g. <c>2023-01-21T06:40:00+08:00</c>); <c>wasteType</c> is an English or Chinese name.
/// Each row becomes a <see cref="CollectionEntry"/> tagged with its line (the header is line 1); a value that cannot
/// be read is reported under <c>rows[line].column</c>.
/// </summary>
public static class CollectionCsv
{
    public const string ContentType = "text/csv";

    public static IReadOnlyList<string> Columns { get; } =
        ["ticket", "wasteType", "weightKg", "siteCode", "vehicleCode", "destinationCode", "crew", "collectedAt"];

    static readonly string[] RequiredColumns = ["ticket", "wasteType", "weightKg", "siteCode", "collectedAt"];

    public sealed record Row(long Line, CollectionEntry Entry);

    /// <summary>The readable rows; every problem is added to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<Row> Read(string text, int maxRows, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        using var reader = CsvHeader.OpenReader(text);
        var rows = new List<Row>();
        try
        {
            var columns = CsvHeader.Map(reader.Headers, Columns, RequiredColumns, out var headerProblem);
            if (headerProblem is not null)
            {
                errors.Add("header", headerProblem);
                return [];
            }

            while (reader.Read())
            {
                if (rows.Count == maxRows)
                {
                    errors.Add($"rows[{reader.LineNumber}]", $"A file holds at most {maxRows} rows; send larger files in parts.");
                    return [];
                }

                if (Entry(reader, columns, errors) is { } entry)
                {
                    rows.Add(new Row(reader.LineNumber, entry));
                }
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(ex.LineNumber > 1 ? $"rows[{ex.LineNumber}]" : "header", $"The CSV is malformed here: {ex.Message}");
            return [];
        }

        errors.Check(rows.Count > 0 || errors.Any, "rows", "The file has a header but no rows.");
        return rows;
    }

    static CollectionEntry? Entry(CsvReader reader, Dictionary<string, int> columns, ValidationErrors errors)
    {
        var line = reader.LineNumber;
        var before = errors.Count;
        string? Value(string column) => columns.TryGetValue(column, out var index) && !reader.IsEmpty(index) ? reader.GetString(index) : null;
        var typeText = Value("wasteType");
        WasteType? type = WasteTypeNames.TryParse(typeText, out var parsed) ? parsed : null;
        errors.Check(typeText is null || type is not null, $"rows[{line}].wasteType", $"'{typeText}' is not a waste type; use {WasteTypeNames.Accepted}.");
        var weightText = Value("weightKg");
        long? weight = long.TryParse(weightText, NumberStyles.None, CultureInfo.InvariantCulture, out var kg) ? kg : null;
        errors.Check(weightText is null || weight is not null, $"rows[{line}].weightKg", "'weightKg' must be whole kilograms.");
        var atText = Value("collectedAt");
        DateTimeOffset? at = DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && HasOffset(atText!) ? instant : null;
        errors.Check(atText is null || at is not null, $"rows[{line}].collectedAt", "'collectedAt' must be ISO 8601 with its offset, e.g. 2023-01-21T06:40:00+08:00.");
        if (errors.Count > before)
        {
            return null;
        }

        var crew = Value("crew")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new CollectionEntry(Value("ticket"), type, weight, Value("siteCode"), Value("vehicleCode"), Value("destinationCode"), crew, at);
    }

    /// <summary>An instant without its offset would be read in the server's zone; require it to be explicit.</summary>
    static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
