using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>
/// Categories as data through the API: an administrator adds versions, reports use the version in
/// effect, old cases keep theirs. The book is one document per service, so each test has its own host.
/// </summary>
public sealed class CategoriesApiTests : IDisposable
{
    readonly InspectionFixture _fixture = new();

    HttpClient Admin => _fixture.Factory.ClientFor("admin-1", Roles.Administrator);

    HttpClient ShiftLead => _fixture.Factory.ClientFor("lead-1", Roles.ShiftLead);

    HttpClient Dispatcher => _fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher);

    public void Dispose() => _fixture.Dispose();

    static object Version(int version, string limit, string? urgent = null, bool active = true, DateTimeOffset? effectiveFrom = null) => new
    {
        version,
        majorName = "市容环境",
        name = "暴露垃圾",
        department = "sanitation",
        filingCondition = "道路、绿地等公共区域有暴露垃圾",
        closingCondition = "垃圾清除，现场干净",
        handlingLimit = limit,
        urgentLimit = urgent,
        active,
        effectiveFrom,
    };

    async Task<CaseView> ReportAndFileAsync(string officer)
    {
        var reported = await (await _fixture.Officer(officer).PostAsJsonAsync("/api/inspection/cases", Api.ValidReport("E0102"))).ReadAsync<CaseView>();
        var filed = await ShiftLead.PostAsJsonAsync($"/api/inspection/cases/{reported.Id}/file", new { urgency = "Normal" });
        return await filed.ReadAsync<CaseView>();
    }

    [Fact]
    public async Task An_edit_applies_to_new_reports_while_an_earlier_case_keeps_its_version_and_limit()
    {
        var before = await ReportAndFileAsync("officer-cat-1");

        var put = await Admin.PutAsJsonAsync("/api/inspection/categories/E0102", Version(1, "6 WorkingHours"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await put.ReadAsync<Category>()).Version);
        var after = await ReportAndFileAsync("officer-cat-2");

        Assert.Equal((1, "4 WorkingHours"), (before.CategoryRules!.Version, before.CategoryRules.HandlingLimit));
        Assert.Equal((2, "6 WorkingHours"), (after.CategoryRules!.Version, after.CategoryRules.HandlingLimit));

        // The dispatcher gives no limit: each case is due by its own version's limit.
        foreach (var (@case, limit) in new[] { (before, "4 WorkingHours"), (after, "6 WorkingHours") })
        {
            var dispatched = await (await Dispatcher.PostAsJsonAsync($"/api/inspection/cases/{@case.Id}/dispatch",
                new { departments = new[] { new { department = "sanitation" } } })).ReadAsync<CaseView>();
            Assert.Equal(limit, dispatched.Assignments.Single().HandlingLimit);
        }

        var history = await (await ShiftLead.GetAsync("/api/inspection/categories/E0102")).ReadJsonAsync();
        Assert.Equal(2, history.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal([1, 2], history.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        await HarnessWaits.PublishedAsync<CategoryChanged>(_fixture.Factory.Harness, e => e.Code == "E0102" && e.Version == 2);
    }

    [Fact]
    public async Task A_future_version_is_listed_but_reports_use_the_one_in_effect()
    {
        var from = DateTimeOffset.UtcNow.AddDays(30);
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsJsonAsync("/api/inspection/categories/E0102", Version(1, "8 WorkingHours", effectiveFrom: from))).StatusCode);

        var now = await ShiftLead.GetFromJsonAsync<List<Category>>("/api/inspection/categories", Api.Json);
        var then = await ShiftLead.GetFromJsonAsync<List<Category>>($"/api/inspection/categories?at={Uri.EscapeDataString(from.AddDays(1).ToString("O"))}", Api.Json);
        var reported = await ReportAndFileAsync("officer-cat-3");

        Assert.Equal("4 WorkingHours", now!.Single(c => c.Code == "E0102").HandlingLimit);
        Assert.Equal("8 WorkingHours", then!.Single(c => c.Code == "E0102").HandlingLimit);
        Assert.Equal(1, reported.CategoryRules!.Version);
    }

    [Fact]
    public async Task A_new_category_can_be_reported_under_and_a_retired_one_cannot()
    {
        var created = await Admin.PutAsJsonAsync("/api/inspection/categories/E0509", new { version = 0, majorName = "街面秩序", name = "私搭乱建", department = "enforcement", handlingLimit = "4 WorkingHours" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(CategoryKind.Event, (await created.ReadAsync<Category>()).Kind);
        Assert.Equal(HttpStatusCode.Created, (await _fixture.Officer("officer-cat-4").PostAsJsonAsync("/api/inspection/cases", Api.ValidReport("E0509"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsJsonAsync("/api/inspection/categories/E0102", Version(1, "4 WorkingHours", active: false))).StatusCode);
        var refused = await _fixture.Officer("officer-cat-4").PostAsJsonAsync("/api/inspection/cases", Api.ValidReport("E0102"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("retired", (await refused.ReadJsonAsync()).GetProperty("errors").GetProperty("categoryCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_version_conflicts_and_bad_input_names_the_field()
    {
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsJsonAsync("/api/inspection/categories/E0102", Version(1, "5 WorkingHours"))).StatusCode);

        var stale = await Admin.PutAsJsonAsync("/api/inspection/categories/E0102", Version(1, "3 WorkingHours"));
        var badLimit = await Admin.PutAsJsonAsync("/api/inspection/categories/E0102", Version(2, "soon"));
        var past = await Admin.PutAsJsonAsync("/api/inspection/categories/E0102", Version(2, "3 WorkingHours", effectiveFrom: DateTimeOffset.UtcNow.AddDays(-1)));
        var badCode = await Admin.PutAsJsonAsync("/api/inspection/categories/Z01", Version(0, "3 WorkingHours"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
        foreach (var (response, field) in new[] { (badLimit, "handlingLimit"), (past, "effectiveFrom"), (badCode, "code") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Only_administrators_edit_categories()
    {
        var response = await ShiftLead.PutAsJsonAsync("/api/inspection/categories/E0102", Version(1, "6 WorkingHours"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, (await (await ShiftLead.GetAsync("/api/inspection/categories/E0102")).ReadJsonAsync()).GetProperty("current").GetProperty("version").GetInt32());
    }
}
