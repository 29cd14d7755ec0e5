using System.Text.RegularExpressions;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Deadlines;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>A problem with one field of a rule list, named as the API's body names it (<c>rules[2].handlingLimit</c>).</summary>
public sealed record RuleProblem(string Field, string Message);

/// <summary>
/// What a rule list must satisfy before it replaces the current one: known categories (or a 大类 prefix
/// such as <c>E01</c>), well-formed district and grid codes, a department, valid time limits, and ids
/// and orders that are unique.
/// </summary>
public static partial class DispatchRuleValidation
{
    public const int MaxRules = 500;
    public const int MaxListEntries = 100;
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 100;
    public const int MaxDepartmentLength = 64;
    public const int MaxKeywordLength = 50;

    public static IReadOnlyList<RuleProblem> Validate(IReadOnlyList<DispatchRule> rules, CategoryCatalog catalog) =>
        Validate(rules, code => catalog.Find(code) is not null);

    /// <param name="isKnownCategory">Whether a full category code (<c>E0102</c>) exists; prefixes are checked by form only.</param>
    public static IReadOnlyList<RuleProblem> Validate(IReadOnlyList<DispatchRule> rules, Func<string, bool> isKnownCategory)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<RuleProblem>();
        if (rules.Count > MaxRules)
        {
            problems.Add(new("rules", $"At most {MaxRules} rules."));
            return problems;
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var orders = new HashSet<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var at = $"rules[{i}]";
            void Add(string field, string message) => problems.Add(new($"{at}.{field}", message));

            if (Text(rule.Id, MaxIdLength) is { } idProblem)
            {
                Add("id", idProblem);
            }
            else if (!ids.Add(rule.Id.Trim()))
            {
                Add("id", $"The id '{rule.Id}' is used by an earlier rule.");
            }

            if (!orders.Add(rule.Order))
            {
                Add("order", $"The order {rule.Order} is used by an earlier rule; each rule needs its own place.");
            }

            if (Text(rule.Name, MaxNameLength) is { } nameProblem)
            {
                Add("name", nameProblem);
            }

            if (Text(rule.Department, MaxDepartmentLength) is { } departmentProblem)
            {
                Add("department", departmentProblem);
            }

            foreach (var message in Entries(rule.CategoryCodes, code =>
                CategoryPrefix().IsMatch(code) ? null
                : !CategoryCode().IsMatch(code) ? $"'{code}' is neither a category code (E0102) nor a 大类 prefix (E01)."
                : isKnownCategory(code) ? null
                : $"'{code}' is not a known category."))
            {
                Add("categoryCodes", message);
            }

            foreach (var message in Entries(rule.DistrictCodes, code => DistrictCode().IsMatch(code) ? null : $"'{code}' is not a six-digit district code (410811)."))
            {
                Add("districtCodes", message);
            }

            foreach (var message in Entries(rule.GridCodes, code => GridCode().IsMatch(code) ? null : $"'{code}' is not a 14- or 15-digit grid code."))
            {
                Add("gridCodes", message);
            }

            foreach (var message in Entries(rule.Keywords, k => k.Length <= MaxKeywordLength ? null : $"Keywords are at most {MaxKeywordLength} characters."))
            {
                Add("keywords", message);
            }

            if (!TimeLimit.TryParse(rule.HandlingLimit, out _))
            {
                Add("handlingLimit", LimitMessage(rule.HandlingLimit));
            }

            if (rule.UrgentLimit is not null && !TimeLimit.TryParse(rule.UrgentLimit, out _))
            {
                Add("urgentLimit", LimitMessage(rule.UrgentLimit));
            }
        }

        return problems;
    }

    /// <summary>The rule as it is kept: trimmed text, upper-case category codes, limits in their canonical form, no repeated entries.</summary>
    public static DispatchRule Normalize(DispatchRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule with
        {
            Id = rule.Id.Trim(),
            Name = rule.Name.Trim(),
            Department = rule.Department.Trim(),
            CategoryCodes = Distinct(rule.CategoryCodes, c => c.ToUpperInvariant()),
            DistrictCodes = Distinct(rule.DistrictCodes, c => c),
            GridCodes = Distinct(rule.GridCodes, c => c),
            Keywords = Distinct(rule.Keywords, k => k),
            HandlingLimit = TimeLimit.Parse(rule.HandlingLimit).ToString(),
            UrgentLimit = rule.UrgentLimit is null ? null : TimeLimit.Parse(rule.UrgentLimit).ToString(),
        };
    }

    static string[] Distinct(IReadOnlyList<string>? values, Func<string, string> form) =>
        [.. (values ?? []).Select(v => form(v.Trim())).Distinct(StringComparer.OrdinalIgnoreCase)];

    static string? Text(string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? "Required."
        : value.Trim().Length > maxLength ? $"At most {maxLength} characters."
        : null;

    static IEnumerable<string> Entries(IReadOnlyList<string>? values, Func<string, string?> check)
    {
        if (values is null)
        {
            yield break;
        }

        if (values.Count > MaxListEntries)
        {
            yield return $"At most {MaxListEntries} entries.";
            yield break;
        }

        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return "Entries must not be empty.";
            }
            else if (check(value.Trim()) is { } message)
            {
                yield return message;
            }
        }
    }

    static string LimitMessage(string? value) =>
        $"'{value}' is not a time limit, e.g. \"4 WorkingHours\" (units: {string.Join(", ", Enum.GetNames<TimeLimitUnit>())}).";

    [GeneratedRegex("^[CEce][0-9]{2}$")]
    private static partial Regex CategoryPrefix();

    [GeneratedRegex("^[CEce][0-9]{4}$")]
    private static partial Regex CategoryCode();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex DistrictCode();

    [GeneratedRegex("^[0-9]{14,15}$")]
    private static partial Regex GridCode();
}
