using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>The answer to an imported file refused as a whole: 400 with every problem by row and column.</summary>
public static partial class ImportRefusal
{
    /// <summary>The problems keyed <c>rows[line].column</c> (or <c>header</c>), and the lines at fault in <c>rows</c> for a quick look.</summary>
    public static IResult Problem(IReadOnlyDictionary<string, string[]> errors, string title) =>
        TypedResults.ValidationProblem(
            errors,
            title: title,
            extensions: new Dictionary<string, object?>
            {
                ["rows"] = errors.Keys.Select(k => LinePattern().Match(k)).Where(m => m.Success)
                    .Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList(),
            });

    [GeneratedRegex(@"^rows\[(\d+)\]")]
    private static partial Regex LinePattern();
}
