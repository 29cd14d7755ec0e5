using CsvHelper;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>
/// The header row of an imported CSV file: columns in any order and case, each known and named once, the
/// required ones present.
/// </summary>
public static class CsvHeader
{
    /// <summary>
    /// A reader of an uploaded file as the imports read it: comma-separated, a header row, line numbers kept for
    /// the problems, whitespace trimmed, empty lines skipped, malformed data and ragged rows refused, and no value
    /// in exception messages (they may be contact details, and messages reach logs).
    /// </summary>
    public static CsvReader OpenReader(string text) => CsvReader.FromText(text, new CsvReaderOptions
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        IncludeValuesInExceptions = false,
    });

    /// <summary>Each known column's index in the file, or a <paramref name="problem"/> naming what is wrong.</summary>
    public static Dictionary<string, int> Map(IReadOnlyList<string> names, IReadOnlyList<string> columns, IReadOnlyList<string> required, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(names);
        problem = null;
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var known = columns.FirstOrDefault(c => c.Equals(names[i].Trim(), StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                problem = $"Column '{names[i]}' is not known; the columns are {string.Join(", ", columns)}.";
                return indexes;
            }

            if (!indexes.TryAdd(known, i))
            {
                problem = $"Column '{known}' appears twice.";
                return indexes;
            }
        }

        var missing = required.Where(c => !indexes.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problem = $"The header must name the columns {string.Join(", ", required)}; missing: {string.Join(", ", missing)}.";
        }

        return indexes;
    }
}
