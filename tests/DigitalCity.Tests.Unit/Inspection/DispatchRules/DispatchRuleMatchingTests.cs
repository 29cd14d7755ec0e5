using DigitalCity.Inspection.DispatchRules;
using static DigitalCity.Tests.Unit.Inspection.DispatchRules.Rules;

namespace DigitalCity.Tests.Unit.Inspection.DispatchRules;

public class DispatchRuleMatchingTests
{
    [Fact]
    public void The_first_matching_rule_in_ascending_order_wins_whatever_order_the_list_was_given_in()
    {
        var set = Set(Rule(30, "roads"), Rule(10, "sanitation", categories: ["E0102"]), Rule(20, "enforcement"));

        var suggestion = set.Suggest("E0102", null, null, "路边暴露垃圾");

        Assert.NotNull(suggestion);
        Assert.Equal(("sanitation", "rule-10"), (suggestion.Department, suggestion.RuleId));
        Assert.Equal([10, 20, 30], set.Rules.Select(r => r.Order));
    }

    [Fact]
    public void A_later_rule_applies_when_the_earlier_ones_do_not_match()
    {
        var set = Set(Rule(10, "gas", categories: ["E0403"]), Rule(20, "enforcement", categories: ["E05"]));

        Assert.Equal("enforcement", set.Suggest("E0510", null, null, "露天烧烤")!.Department);
    }

    [Theory]
    [InlineData("E0102", true)]
    [InlineData("E0105", true)]
    [InlineData("E0201", false)]
    [InlineData("C0102", false)]
    public void A_major_class_prefix_matches_every_category_under_it(string category, bool matches)
    {
        var set = Set(Rule(10, categories: ["E01"]));

        Assert.Equal(matches, set.Suggest(category, null, null, "") is not null);
    }

    [Fact]
    public void A_full_category_code_matches_only_that_category()
    {
        var set = Set(Rule(10, categories: ["E0104"]));

        Assert.NotNull(set.Suggest("E0104", null, null, ""));
        Assert.Null(set.Suggest("E0102", null, null, ""));
    }

    [Fact]
    public void A_district_rule_applies_only_in_its_districts()
    {
        var set = Set(Rule(10, "shanyang-sanitation", districts: [Shanyang]), Rule(20, "sanitation"));

        Assert.Equal("shanyang-sanitation", set.Suggest("E0102", Shanyang, null, "")!.Department);
        Assert.Equal("sanitation", set.Suggest("E0102", Jiefang, null, "")!.Department);
    }

    [Fact]
    public void The_district_is_read_from_the_grid_code_when_the_case_names_none()
    {
        var set = Set(Rule(10, "shanyang-sanitation", districts: [Shanyang]));

        Assert.Equal("shanyang-sanitation", set.Suggest("E0102", null, ShanyangGrid, "")!.Department);
    }

    [Fact]
    public void A_rule_that_needs_a_district_or_grid_does_not_match_a_case_without_one()
    {
        var set = Set(Rule(10, districts: [Shanyang]), Rule(20, grids: [ShanyangGrid]));

        var decision = set.Decide(Query());

        Assert.Null(decision.Suggestion);
        Assert.Contains("no district", decision.Considered[0].Reason, StringComparison.Ordinal);
        Assert.Contains("no grid", decision.Considered[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_rule_applies_only_in_its_grids()
    {
        var set = Set(Rule(10, "grid-team", grids: [ShanyangGrid]));

        Assert.NotNull(set.Suggest("E0102", null, ShanyangGrid, ""));
        Assert.Null(set.Suggest("E0102", null, "41081100100102", ""));
    }

    [Theory]
    [InlineData("街边有人露天烧烤", true)]
    [InlineData("Smoke from a BBQ stall", true)]
    [InlineData("路边暴露垃圾", false)]
    public void Any_keyword_in_the_description_matches_ignoring_case(string description, bool matches)
    {
        var set = Set(Rule(10, "enforcement", keywords: ["烧烤", "bbq"]));

        Assert.Equal(matches, set.Suggest("E0102", null, null, description) is not null);
    }

    [Fact]
    public void All_conditions_of_a_rule_must_hold()
    {
        var set = Set(Rule(10, categories: ["E01"], districts: [Shanyang], keywords: ["渣土"]));

        Assert.NotNull(set.Suggest("E0103", Shanyang, null, "工地渣土堆积"));
        Assert.Null(set.Suggest("E0103", Jiefang, null, "工地渣土堆积"));
        Assert.Null(set.Suggest("E0103", Shanyang, null, "生活垃圾"));
        Assert.Null(set.Suggest("E0201", Shanyang, null, "工地渣土堆积"));
    }

    [Fact]
    public void Disabled_rules_are_skipped_and_reported_as_disabled()
    {
        var set = Set(Rule(10, "gas", enabled: false), Rule(20, "sanitation"));

        var decision = set.Decide(Query());

        Assert.Equal("sanitation", decision.Suggestion!.Department);
        Assert.Equal([RuleOutcome.Disabled, RuleOutcome.Matched], decision.Considered.Select(v => v.Outcome));
    }

    [Fact]
    public void Rules_after_the_match_are_not_tried()
    {
        var decision = Set(Rule(10), Rule(20), Rule(30)).Decide(Query());

        Assert.Equal(["rule-10"], decision.Considered.Select(v => v.RuleId));
    }

    [Fact]
    public void No_match_gives_no_suggestion_and_an_explanation_with_every_rule_tried()
    {
        var decision = Set(Rule(10, categories: ["E0403"]), Rule(20, enabled: false)).Decide(Query());

        Assert.Null(decision.Suggestion);
        Assert.Equal([RuleOutcome.NotMatched, RuleOutcome.Disabled], decision.Considered.Select(v => v.Outcome));
        Assert.Equal("category E0102 is not among E0403", decision.Considered[0].Reason);
        Assert.Contains("No enabled rule matched (2 tried)", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_rule_set_explains_that_there_are_no_rules()
    {
        var decision = Set().Decide(Query());

        Assert.Null(decision.Suggestion);
        Assert.Contains("no dispatch rules", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_names_the_rule_the_reasons_and_the_rules_passed_over()
    {
        var set = Set(Rule(10, "gas", categories: ["E0403"]), Rule(20, "shanyang-sanitation", categories: ["E01"], districts: [Shanyang], keywords: ["垃圾"]));

        var suggestion = set.Suggest("E0102", null, ShanyangGrid, "路边暴露垃圾")!;

        Assert.Equal(
            "Rule 'rule 20' (order 20) matched after 1 earlier rule did not apply: category E0102 is under E01; district 410811 is listed; "
            + "the description contains \"垃圾\". Suggests shanyang-sanitation, limit 4 WorkingHours.",
            suggestion.Explanation);
        Assert.Equal("rule 20", suggestion.RuleName);
    }

    [Fact]
    public void An_urgent_case_gets_the_urgent_limit_when_the_rule_has_one()
    {
        var set = Set(Rule(10, "gas", categories: ["E0403"], limit: "4 Hours", urgentLimit: "1 Hours"), Rule(20, limit: "1 WorkingDays"));

        Assert.Equal("1 Hours", set.Suggest("E0403", null, null, "", urgent: true)!.HandlingLimit);
        Assert.Equal("4 Hours", set.Suggest("E0403", null, null, "", urgent: false)!.HandlingLimit);
        Assert.Equal("1 WorkingDays", set.Suggest("E0102", null, null, "", urgent: true)!.HandlingLimit);
        Assert.Contains("urgent limit 1 Hours", set.Suggest("E0403", null, null, "", urgent: true)!.Explanation, StringComparison.Ordinal);
    }
}
