using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Deadlines;

namespace DigitalCity.Tests.Unit.Inspection;

/// <summary>Categories as versioned data: versions by effective date, and cases keep theirs (domain §2).</summary>
public class CategoryVersionTests
{
    static Category Draft(string limit = "3 WorkingHours", bool active = true) =>
        new("E0102", CategoryKind.Event, "市容环境", "暴露垃圾", "sanitation", "有暴露垃圾", "清除干净", limit, "1 Hours", Active: active);

    [Fact]
    public void Seed_categories_carry_conditions_and_the_limits_of_domain_4()
    {
        var seed = CategoryCatalog.Seed;

        Assert.All(seed.All, c => Assert.False(string.IsNullOrWhiteSpace(c.FilingCondition)));
        Assert.All(seed.All, c => Assert.False(string.IsNullOrWhiteSpace(c.ClosingCondition)));
        Assert.Equal("4 WorkingHours", seed.Find("E0102")!.HandlingLimit);
        Assert.Equal("2 WorkingHours", seed.Find("E0104")!.HandlingLimit);
        Assert.Equal("1 WorkingDays", seed.Find("C0108")!.HandlingLimit);
        Assert.Equal("2 Hours", seed.Find("E0510")!.HandlingLimit);
        Assert.All(seed.All, c => Assert.Equal((1, CategoryCatalog.SeedEffectiveFrom), (c.Version, c.EffectiveFrom)));
    }

    [Fact]
    public void A_new_version_takes_effect_at_its_date_and_the_old_one_answers_before()
    {
        var time = TestData.Clock();
        var book = CategoryBook.Create(CategoryCatalog.Seed);
        var from = time.GetUtcNow().AddDays(7);

        var added = book.AddVersion(Draft(), from, "admin-1", time);

        var catalog = book.Catalog();
        Assert.Equal(2, added.Version);
        Assert.Equal("4 WorkingHours", catalog.Find("E0102", from.AddTicks(-1))!.HandlingLimit);
        Assert.Equal("3 WorkingHours", catalog.Find("E0102", from)!.HandlingLimit);
        Assert.Equal([1, 2], catalog.History("E0102").Select(v => v.Version));
        var changed = Assert.IsType<CategoryChanged>(Assert.Single(book.PendingEvents()));
        Assert.Equal(("E0102", 2, from, "admin-1"), (changed.Code, changed.Version, changed.EffectiveFrom, changed.ChangedBy));
    }

    [Fact]
    public void A_version_cannot_take_effect_in_the_past_nor_before_the_latest_one()
    {
        var time = TestData.Clock();
        var book = CategoryBook.Create(CategoryCatalog.Seed);
        book.AddVersion(Draft(), time.GetUtcNow().AddDays(7), "admin-1", time);

        var past = Assert.Throws<ArgumentException>(() => book.AddVersion(Draft(), time.GetUtcNow().AddMinutes(-1), "admin-1", time));
        var beforeLatest = Assert.Throws<ArgumentException>(() => book.AddVersion(Draft(), time.GetUtcNow().AddDays(1), "admin-1", time));

        Assert.Contains("past", past.Message, StringComparison.Ordinal);
        Assert.Contains("after version 2", beforeLatest.Message, StringComparison.Ordinal);
        Assert.Equal(2, book.Catalog().History("E0102").Count);
    }

    [Fact]
    public void A_new_code_starts_at_version_one_and_a_retired_one_stays_findable()
    {
        var time = TestData.Clock();
        var book = CategoryBook.Create(CategoryCatalog.Seed);

        var created = book.AddVersion(new Category("E0509", CategoryKind.Event, "街面秩序", "私搭乱建", "enforcement", HandlingLimit: "4 WorkingHours"), null, "admin-1", time);
        time.Advance(TimeSpan.FromMinutes(1));
        var retired = book.AddVersion(Draft(active: false), null, "admin-1", time);

        Assert.Equal((1, time.GetUtcNow().AddMinutes(-1)), (created.Version, created.EffectiveFrom));
        Assert.False(book.Catalog().Find("E0102", time.GetUtcNow())!.Active);
        Assert.True(book.Catalog().Find("E0102", time.GetUtcNow().AddMinutes(-2))!.Active);
    }

    [Fact]
    public void A_case_keeps_the_rules_of_the_version_it_was_reported_under()
    {
        var time = TestData.Clock();
        var book = CategoryBook.Create(CategoryCatalog.Seed);
        var before = Case.Report(TestData.Report(), book.Catalog().Find("E0102", time.GetUtcNow())!, "officer-1", null, time);

        book.AddVersion(Draft("6 WorkingHours"), null, "admin-1", time);
        time.Advance(TimeSpan.FromMinutes(1));
        var after = Case.Report(TestData.Report(), book.Catalog().Find("E0102", time.GetUtcNow())!, "officer-1", null, time);

        Assert.Equal(new CategoryRules(1, "sanitation", "4 WorkingHours", "2 WorkingHours"), before.CategoryRules);
        Assert.Equal(new CategoryRules(2, "sanitation", "6 WorkingHours", "1 Hours"), after.CategoryRules);
        Assert.Equal("1 Hours", after.CategoryRules!.LimitFor(Urgency.Urgent));
    }

    [Theory]
    [InlineData("X0102", "code")]
    [InlineData("E012", "code")]
    [InlineData("E0102", "handlingLimit", "four hours")]
    [InlineData("E0102", "urgentLimit", "4 WorkingHours", "5 WorkingHours")]
    [InlineData("E0102", "name", "4 WorkingHours", null, "")]
    public void Bad_versions_are_refused_naming_the_field(string code, string field, string? limit = "4 WorkingHours", string? urgent = null, string? name = "暴露垃圾")
    {
        var request = new PutCategory.Request(0, "市容环境", name, "sanitation", null, null, limit, urgent, true, null);

        var errors = CategoryValidation.Validate(code, request, WorkCalendar.China2023()).ToDictionary();

        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void The_kind_follows_the_code_letter()
    {
        Assert.Equal(CategoryKind.Component, CategoryValidation.KindOf("C0108"));
        Assert.Equal(CategoryKind.Event, CategoryValidation.KindOf("e0102"));
        Assert.Empty(CategoryValidation.Validate("C0110", new PutCategory.Request(0, "公用设施", "变压器箱", "power", null, null, "1 WorkingDays", "4 WorkingHours", null, null), WorkCalendar.China2023()).ToDictionary());
    }
}
