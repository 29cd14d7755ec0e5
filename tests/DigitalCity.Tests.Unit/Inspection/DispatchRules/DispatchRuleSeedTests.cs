using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.DispatchRules;

namespace DigitalCity.Tests.Unit.Inspection.DispatchRules;

public class DispatchRuleSeedTests
{
    static readonly CategoryCatalog Catalog = CategoryCatalog.LoadSeed();

    public static TheoryData<string> SeededCategories() => [.. Catalog.All.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(SeededCategories))]
    public void Every_seeded_category_has_a_suggestion_with_a_valid_limit(string code)
    {
        var suggestion = DispatchRuleSeed.CreateSet(Catalog).Suggest(code, null, null, "");

        Assert.NotNull(suggestion);
        Assert.False(string.IsNullOrWhiteSpace(suggestion.Department));
        Assert.True(DigitalCity.Inspection.Deadlines.TimeLimit.TryParse(suggestion.HandlingLimit, out _));
    }

    [Theory]
    [InlineData("E0102", "sanitation", "4 WorkingHours")]
    [InlineData("E0105", "sanitation", "4 WorkingHours")]
    [InlineData("E0104", "sanitation", "2 WorkingHours")]
    [InlineData("E0510", "enforcement", "2 Hours")]
    [InlineData("C0101", "water", "2 Hours")]
    [InlineData("C0102", "drainage", "2 Hours")]
    [InlineData("C0106", "gas", "2 Hours")]
    [InlineData("C0107", "heating", "2 Hours")]
    [InlineData("C0108", "lighting", "1 WorkingDays")]
    [InlineData("E0401", "roads", "2 Hours")]
    [InlineData("C0303", "enforcement", "2 WorkingDays")]
    public void The_seed_holds_the_handling_limits_of_the_domain_notes(string code, string department, string limit)
    {
        var suggestion = DispatchRuleSeed.CreateSet(Catalog).Suggest(code, null, null, "")!;

        Assert.Equal((department, limit), (suggestion.Department, suggestion.HandlingLimit));
    }

    [Fact]
    public void Every_seeded_suggestion_names_the_category_department_of_the_catalog()
    {
        var set = DispatchRuleSeed.CreateSet(Catalog);

        Assert.All(Catalog.All, c => Assert.Equal(c.Department, set.Suggest(c.Code, null, null, "")!.Department));
    }

    [Fact]
    public void The_seed_is_valid_unsaved_and_raises_no_event()
    {
        var set = DispatchRuleSeed.CreateSet(Catalog);

        Assert.Empty(DispatchRuleValidation.Validate(set.Rules, Catalog));
        Assert.Equal((0L, DispatchRuleSet.RuleSetId), (set.Version, set.Id));
        Assert.Empty(set.PendingEvents());
    }

    [Fact]
    public void Specific_rules_come_before_the_catch_alls_which_cover_every_category()
    {
        var rules = DispatchRuleSeed.Rules(Catalog);
        var catchAlls = rules.Where(r => r.Order >= DispatchRuleSeed.CatchAllOrder).ToList();

        Assert.Equal(Catalog.All.Select(c => c.Code), catchAlls.Select(r => Assert.Single(r.CategoryCodes)));
        Assert.All(catchAlls, r => Assert.Equal(Catalog.Find(r.CategoryCodes[0])!.HandlingLimit ?? DispatchRuleSeed.DefaultLimit, r.HandlingLimit));
        Assert.Equal(("4 WorkingHours", "2 WorkingHours"), catchAlls.Where(r => r.CategoryCodes[0] == "E0102").Select(r => (r.HandlingLimit, r.UrgentLimit)).Single());
        Assert.True(rules.Single(r => r.Id == "seed-e0104").Order < rules.Single(r => r.Id == "seed-e01").Order);
    }

    [Fact]
    public void A_specific_rule_for_a_category_the_city_lacks_is_left_out()
    {
        var catalog = new CategoryCatalog([new Category("E0102", CategoryKind.Event, "市容环境", "暴露垃圾", "sanitation")]);

        var rules = DispatchRuleSeed.Rules(catalog);

        Assert.Equal(["seed-e01", "seed-e0102-default"], rules.Select(r => r.Id));
    }
}
