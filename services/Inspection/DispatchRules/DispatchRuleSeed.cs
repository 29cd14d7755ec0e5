using DigitalCity.Inspection.Categories;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>
/// The rules a city starts with before anyone edits them: the handling limits of domain §4 for the
/// categories that have one, a rule for 市容环境 events, then a catch-all per category sending it to the
/// catalog's department within the category's own limits (one working day when it sets none), so every
/// category keeps a suggestion when a specific rule is narrowed or disabled.
/// </summary>
public static class DispatchRuleSeed
{
    /// <summary>Orders of the catch-all rules start here, leaving room for a city's own rules before them.</summary>
    public const int CatchAllOrder = 1000;

    /// <summary>The catch-all's limit for a category that sets none.</summary>
    public const string DefaultLimit = "1 WorkingDays";

    /// <summary>A specific rule: codes, the department (null: the category's) and the limit.</summary>
    sealed record Override(string Id, string Name, string[] Codes, string? Department, string HandlingLimit);

    static readonly Override[] Overrides =
    [
        new("seed-e0104", "道路不洁", ["E0104"], "sanitation", "2 WorkingHours"),
        new("seed-e0510", "露天烧烤", ["E0510"], "enforcement", "2 Hours"),
        new("seed-c0101", "上水井盖", ["C0101"], null, "2 Hours"),
        new("seed-c0102", "污水井盖", ["C0102"], null, "2 Hours"),
        new("seed-c0103", "雨水井盖", ["C0103"], null, "2 Hours"),
        new("seed-c0104", "电力井盖", ["C0104"], null, "2 Hours"),
        new("seed-c0105", "通信井盖", ["C0105"], null, "2 Hours"),
        new("seed-c0106", "燃气井盖", ["C0106"], null, "2 Hours"),
        new("seed-c0107", "热力井盖", ["C0107"], null, "2 Hours"),
        new("seed-c0108", "路灯", ["C0108"], "lighting", "1 WorkingDays"),
        new("seed-e01", "市容环境事件", ["E01"], "sanitation", "4 WorkingHours"),
    ];

    public static DispatchRuleSet CreateSet(CategoryCatalog catalog) => DispatchRuleSet.Create(Rules(catalog));

    /// <summary>
    /// The seed rules for the categories of <paramref name="catalog"/>. A specific rule whose category
    /// the catalog lacks is left out; every category of the catalog gets a catch-all.
    /// </summary>
    public static IReadOnlyList<DispatchRule> Rules(CategoryCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var categories = catalog.All.ToList();
        var rules = new List<DispatchRule>();
        foreach (var o in Overrides)
        {
            var covered = categories.Where(c => o.Codes.Any(code => c.Code.StartsWith(code, StringComparison.Ordinal))).ToList();
            if (covered.Count == 0)
            {
                continue;
            }

            var department = o.Department ?? covered[0].Department;
            rules.Add(Rule(o.Id, (rules.Count + 1) * 10, o.Name, o.Codes, department, o.HandlingLimit));
        }

        var order = CatchAllOrder;
        foreach (var category in categories)
        {
            rules.Add(Rule($"seed-{category.Code.ToLowerInvariant()}-default", order, $"{category.Name}（兜底）", [category.Code], category.Department,
                category.HandlingLimit ?? DefaultLimit) with
            { UrgentLimit = category.HandlingLimit is null ? null : category.UrgentLimit });
            order += 10;
        }

        return rules;
    }

    static DispatchRule Rule(string id, int order, string name, string[] codes, string department, string limit) =>
        new(id, order, name, codes, [], [], [], department, limit);
}
