using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.DispatchRules;
using static DigitalCity.Tests.Unit.Inspection.DispatchRules.Rules;

namespace DigitalCity.Tests.Unit.Inspection.DispatchRules;

public class DispatchRuleValidationTests
{
    static readonly CategoryCatalog Catalog = CategoryCatalog.LoadSeed();

    static IReadOnlyList<RuleProblem> Problems(params DispatchRule[] rules) => DispatchRuleValidation.Validate(rules, Catalog);

    static string Field(IReadOnlyList<RuleProblem> problems) => Assert.Single(problems).Field;

    [Fact]
    public void A_well_formed_list_has_no_problems()
    {
        Assert.Empty(Problems(
            Rule(10, categories: ["E0104", "e01"], districts: [Shanyang], grids: [ShanyangGrid, "410811001001001"], keywords: ["垃圾"], urgentLimit: "1 Hours"),
            Rule(20, "enforcement", limit: "2 Hours")));
    }

    [Fact]
    public void An_unknown_category_code_is_named_by_its_rule()
    {
        var problems = Problems(Rule(10), Rule(20, categories: ["E0102", "E9999"]));

        Assert.Equal("rules[1].categoryCodes", Field(problems));
        Assert.Contains("E9999", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_are_checked_with_the_given_lookup_and_prefixes_by_form()
    {
        var problems = DispatchRuleValidation.Validate([Rule(10, categories: ["E0102", "X01", "E1"])], code => code == "E0199");

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal("rules[0].categoryCodes", p.Field));
    }

    [Theory]
    [InlineData("4 hours please")]
    [InlineData("0 Hours")]
    [InlineData("")]
    public void A_malformed_handling_limit_is_named(string limit)
    {
        Assert.Equal("rules[2].handlingLimit", Field(Problems(Rule(10), Rule(20), Rule(30, limit: limit))));
    }

    [Fact]
    public void A_malformed_urgent_limit_is_named()
    {
        Assert.Equal("rules[0].urgentLimit", Field(Problems(Rule(10, urgentLimit: "soon"))));
    }

    [Fact]
    public void A_rule_needs_a_department_and_a_name()
    {
        var problems = Problems(Rule(10, department: " ") with { Name = "" });

        Assert.Equal(["rules[0].department", "rules[0].name"], problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_rules_may_not_share_an_order_or_an_id()
    {
        var problems = Problems(Rule(10, id: "a"), Rule(20, id: "b"), Rule(10, id: "A"));

        Assert.Equal(["rules[2].id", "rules[2].order"], problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("41081", null)]
    [InlineData("41O811", null)]
    [InlineData(null, "4108110010010")]
    [InlineData(null, "4108110010010011")]
    public void District_and_grid_codes_must_be_well_formed(string? district, string? grid)
    {
        var problems = Problems(Rule(10, districts: district is null ? null : [district], grids: grid is null ? null : [grid]));

        Assert.Equal(district is null ? "rules[0].gridCodes" : "rules[0].districtCodes", Field(problems));
    }

    [Fact]
    public void Empty_keywords_are_refused()
    {
        Assert.Equal("rules[0].keywords", Field(Problems(Rule(10, keywords: ["烧烤", " "]))));
    }

    [Fact]
    public void Replacing_with_an_invalid_list_is_refused_by_the_rule_set_itself()
    {
        var set = Set(Rule(10));

        var error = Assert.Throws<ArgumentException>(() => set.Replace([Rule(10), Rule(10, id: "other")], "dispatcher-1", TestData.Clock()));

        Assert.Contains("rules[1].order", error.Message, StringComparison.Ordinal);
        Assert.Equal(["rule-10"], set.Rules.Select(r => r.Id));
        Assert.Empty(set.PendingEvents());
    }

    [Fact]
    public void Replacing_keeps_the_rules_in_order_in_canonical_form_and_raises_one_event()
    {
        var time = TestData.Clock();
        var set = Set(Rule(10));

        set.Replace([Rule(20, " roads ", categories: ["e04", "E04"], limit: "2 workinghours"), Rule(5)], "lead-1", time);

        Assert.Equal([5, 20], set.Rules.Select(r => r.Order));
        var roads = set.Rules[1];
        Assert.Equal(("roads", "2 WorkingHours"), (roads.Department, roads.HandlingLimit));
        Assert.Equal(["E04"], roads.CategoryCodes);
        Assert.Equal(("lead-1", time.GetUtcNow()), (set.ChangedBy, set.ChangedAt));
        var changed = Assert.IsType<DispatchRulesChanged>(Assert.Single(set.PendingEvents()));
        Assert.Equal((2, "lead-1", time.GetUtcNow()), (changed.RuleCount, changed.ChangedBy, changed.OccurredAt));
    }
}
