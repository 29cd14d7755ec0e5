using CsvHelper;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// Reads a premises register exported from a spreadsheet: comma-separated, UTF-8 (a BOM is fine), a header
/// row naming the columns in any order and case. Each row becomes a <see cref="PremisesForm"/> tagged with
/// its line in the file (the header is line 1), so problems can be reported where the user will look.
/// </summary>
public static class PremisesCsv
{
    public const string ContentType = "text/csv";

    /// <summary>The columns a file may have; the first three are required.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["name", "type", "address", "districtCode", "longitude", "latitude", "gasSupplier", "contactName", "contactPhone", "creditCode"];

    static readonly string[] RequiredColumns = ["name", "type", "address"];

    public sealed record Row(long Line, PremisesForm Form);

    /// <summary>The rows, or the problems (keyed <c>header</c> or <c>rows[line]</c>) that stop the file being read at all.</summary>
    public sealed record Result(IReadOnlyList<Row> Rows, IReadOnlyDictionary<string, string> Problems);

    /// <summary>The column a form field is read from: <c>location.longitude</c> is the <c>longitude</c> column.</summary>
    public static string ColumnOf(string field) => field.StartsWith("location.", StringComparison.Ordinal) ? field["location.".Length..] : field;

    public static Result Read(string text, int maxRows)
    {
        using var reader = CsvHeader.OpenReader(text);
        try
        {
            var columns = CsvHeader.Map(reader.Headers, Columns, RequiredColumns, out var headerProblem);
            if (headerProblem is not null)
            {
                return Failed("header", headerProblem);
            }

            var rows = new List<Row>();
            while (reader.Read())
            {
                if (rows.Count == maxRows)
                {
                    return Failed($"rows[{reader.LineNumber}]", $"A file holds at most {maxRows} rows; import the register in parts, e.g. one district at a time.");
                }

                rows.Add(new Row(reader.LineNumber, Form(reader, columns)));
            }

            return rows.Count == 0 ? Failed("rows", "The file has a header but no rows.") : new Result(rows, new Dictionary<string, string>());
        }
        catch (CsvFormatException ex)
        {
            return Failed(ex.LineNumber > 1 ? $"rows[{ex.LineNumber}]" : "header", $"The CSV is malformed here: {ex.Message}");
        }
    }

    static PremisesForm Form(CsvReader reader, Dictionary<string, int> columns)
    {
        string? Value(string column) => columns.TryGetValue(column, out var index) && !reader.IsEmpty(index) ? reader.GetString(index) : null;
        var longitude = Value("longitude");
        var latitude = Value("latitude");
        return new PremisesForm
        {
            Name = Value("name"),
            Type = Value("type"),
            Address = Value("address"),
            DistrictCode = Value("districtCode"),
            GasSupplier = Value("gasSupplier"),
            ContactName = Value("contactName"),
            ContactPhone = Value("contactPhone"),
            CreditCode = Value("creditCode"),
            Location = longitude is null && latitude is null ? null : new PremisesForm.Coordinates(Number(longitude), Number(latitude)),
        };
    }

    /// <summary>A coordinate, or null (reported as missing or out of range) when it is not a number.</summary>
    static double? Number(string? text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    static Result Failed(string key, string problem) => new([], new Dictionary<string, string> { [key] = problem });
}
