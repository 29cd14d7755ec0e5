using DigitalCity.Inspection.DispatchRules;

namespace DigitalCity.Tests.Unit.Inspection.DispatchRules;

/// <summary>Builders of rules for the dispatch rule tests: one condition at a time, everything else open.</summary>
internal static class Rules
{
    public const string Shanyang = "410811";
    public const string Jiefang = "410802";
    public const string ShanyangGrid = "41081100100101";

    public static DispatchRule Rule(
        int order,
        string department = "sanitation",
        string[]? categories = null,
        string[]? districts = null,
        string[]? grids = null,
        string[]? keywords = null,
        string limit = "4 WorkingHours",
        string? urgentLimit = null,
        bool enabled = true,
        string? id = null) =>
        new(id ?? $"rule-{order}", order, $"rule {order}", categories ?? [], districts ?? [], grids ?? [], keywords ?? [],
            department, limit, urgentLimit, enabled);

    public static DispatchRuleSet Set(params DispatchRule[] rules) => DispatchRuleSet.Create(rules);

    public static DispatchQuery Query(string category = "E0102", string? district = null, string? grid = null, string description = "路边暴露垃圾", bool urgent = false) =>
        new(category, district, grid, description, urgent);
}
