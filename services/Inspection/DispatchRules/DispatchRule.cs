namespace DigitalCity.Inspection.DispatchRules;

/// <summary>
/// 派遣规则 — one row of the ordered dispatch rules: which cases it applies to (categories or 大类
/// prefixes, districts, grids, keywords of the description; an empty list places no condition) and the
/// department and handling limit it suggests. The first enabled rule that matches wins; the dispatcher
/// may still send the case elsewhere.
/// </summary>
/// <param name="Id">Stable id, so an explanation names the rule the dispatcher sees in the list.</param>
/// <param name="Order">Rules are tried in ascending order; orders are unique within the set.</param>
/// <param name="CategoryCodes">Category codes (<c>E0102</c>) or 大类 prefixes (<c>E01</c> matches every <c>E01xx</c>).</param>
/// <param name="DistrictCodes">Six-digit district codes (<c>410811</c>); a grid code's first six digits name its district.</param>
/// <param name="GridCodes">Unit grid codes (14 or 15 digits).</param>
/// <param name="Keywords">The rule applies when the description contains any of them, ignoring case.</param>
/// <param name="HandlingLimit">处置时限, e.g. <c>4 WorkingHours</c> (see <see cref="Deadlines.TimeLimit"/>).</param>
/// <param name="UrgentLimit">The limit for cases filed as urgent; the handling limit when absent.</param>
public sealed record DispatchRule(
    string Id,
    int Order,
    string Name,
    IReadOnlyList<string> CategoryCodes,
    IReadOnlyList<string> DistrictCodes,
    IReadOnlyList<string> GridCodes,
    IReadOnlyList<string> Keywords,
    string Department,
    string HandlingLimit,
    string? UrgentLimit = null,
    bool Enabled = true)
{
    /// <summary>Whether the rule applies to the case, and why (or why not) in words the dispatcher reads.</summary>
    public RuleVerdict Evaluate(DispatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Enabled)
        {
            return Verdict(RuleOutcome.Disabled, "the rule is disabled");
        }

        var reasons = new List<string>(4);

        var category = CategoryCodes.FirstOrDefault(c => query.CategoryCode.StartsWith(c, StringComparison.OrdinalIgnoreCase));
        if (CategoryCodes.Count > 0 && category is null)
        {
            return Verdict(RuleOutcome.NotMatched, $"category {query.CategoryCode} is not among {List(CategoryCodes)}");
        }

        reasons.Add(category is null ? "any category"
            : category.Length == query.CategoryCode.Length ? $"category {query.CategoryCode} is listed"
            : $"category {query.CategoryCode} is under {category}");

        var district = query.District;
        if (DistrictCodes.Count > 0)
        {
            if (district is null)
            {
                return Verdict(RuleOutcome.NotMatched, $"the case names no district; the rule needs one of {List(DistrictCodes)}");
            }

            if (!DistrictCodes.Contains(district, StringComparer.Ordinal))
            {
                return Verdict(RuleOutcome.NotMatched, $"district {district} is not among {List(DistrictCodes)}");
            }

            reasons.Add($"district {district} is listed");
        }

        if (GridCodes.Count > 0)
        {
            if (query.GridCode is null)
            {
                return Verdict(RuleOutcome.NotMatched, $"the case names no grid; the rule needs one of {List(GridCodes)}");
            }

            if (!GridCodes.Contains(query.GridCode, StringComparer.Ordinal))
            {
                return Verdict(RuleOutcome.NotMatched, $"grid {query.GridCode} is not among {List(GridCodes)}");
            }

            reasons.Add($"grid {query.GridCode} is listed");
        }

        if (Keywords.Count > 0)
        {
            var keyword = Keywords.FirstOrDefault(k => query.Description.Contains(k, StringComparison.OrdinalIgnoreCase));
            if (keyword is null)
            {
                return Verdict(RuleOutcome.NotMatched, $"the description contains none of the keywords {List(Keywords)}");
            }

            reasons.Add($"the description contains \"{keyword}\"");
        }

        return Verdict(RuleOutcome.Matched, string.Join("; ", reasons));
    }

    /// <summary>The limit the rule suggests: the urgent one for an urgent case when the rule has one.</summary>
    public string LimitFor(bool urgent) => urgent && UrgentLimit is not null ? UrgentLimit : HandlingLimit;

    RuleVerdict Verdict(RuleOutcome outcome, string reason) => new(Id, Name, Order, outcome, reason);

    static string List(IReadOnlyList<string> values) =>
        values.Count <= 5 ? string.Join(", ", values) : $"{string.Join(", ", values.Take(5))} (+{values.Count - 5} more)";
}
