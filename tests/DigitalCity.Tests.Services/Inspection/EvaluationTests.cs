using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>
/// 综合评价 through the API: cases walked through the loop become facts (via their events), counted per
/// district, department and person. The aggregate does not fill the events' on-time flags yet, so the
/// on-time counters are covered by the projector's unit tests, not asserted here.
/// </summary>
public class EvaluationTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    const string Reporter = "officer-eval-1";
    const string Checker = "officer-eval-2";
    const string District = "410811";

    HttpClient Operator => fixture.Factory.ClientFor("operator-1", Roles.Operator);

    HttpClient ShiftLead => fixture.Factory.ClientFor("lead-1", Roles.ShiftLead);

    HttpClient Dispatcher => fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher);

    HttpClient Sanitation => fixture.Factory.DepartmentClient("handler-sanitation", "sanitation");

    HttpClient Roads => fixture.Factory.DepartmentClient("handler-roads", "roads");

    /// <summary>Yesterday to tomorrow in the city, so a run across midnight still sees today's facts.</summary>
    static string AroundToday
    {
        get
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
            return $"period=custom&from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        }
    }

    async Task<Guid> ReportAsync(string officer, double longitude = 113.2575, double latitude = 35.2375)
    {
        var response = await fixture.Officer(officer).PostAsJsonAsync("/api/inspection/cases", new
        {
            categoryCode = "E0104",
            location = new { longitude, latitude },
            address = "山阳区 人民路",
            description = "道路不洁",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync<CaseView>()).Id;
    }

    static async Task StepAsync(HttpClient client, Guid caseId, string step, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/inspection/cases/{caseId}/{step}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    Task<JsonElement> EvaluationAsync(string query) => GetAsync($"/api/inspection/evaluation?{query}&{AroundToday}");

    async Task<JsonElement> GetAsync(string path)
    {
        var response = await fixture.Factory.ClientFor("admin-1", Roles.Administrator).GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    static Dictionary<string, long> Counters(JsonElement evaluation) =>
        evaluation.GetProperty("counters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());

    static double? Rate(JsonElement evaluation, string rate) =>
        evaluation.GetProperty("rates").GetProperty(rate) is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    /// <summary>Polls until the counters named are exactly as expected (the facts arrive by events).</summary>
    async Task<JsonElement> EventuallyCountsAsync(string query, Dictionary<string, long> expected) =>
        await Eventually.ReturnsAsync(
            () => EvaluationAsync(query),
            e => expected.All(x => Counters(e)[x.Key] == x.Value));

    [Fact]
    public async Task Cases_walked_through_the_loop_are_counted_for_their_district_departments_and_people()
    {
        var worked = await ReportAsync(Reporter);
        await StepAsync(Operator, worked, "verification-request", new { officerId = Checker });
        await StepAsync(fixture.Officer(Checker), worked, "verification", new { confirmed = true });
        await StepAsync(ShiftLead, worked, "file");
        await StepAsync(Dispatcher, worked, "dispatch", new
        {
            departments = new[] { new { department = "sanitation", handlingLimit = "2 WorkingHours" }, new { department = "roads", handlingLimit = "1 WorkingDays" } },
        });
        await StepAsync(Roads, worked, "return-request", new { reason = "不属于道路部门" });
        await StepAsync(Dispatcher, worked, "request/approve");
        await StepAsync(Sanitation, worked, "handled", new { result = "已清扫" });
        await StepAsync(Operator, worked, "recheck-request", new { officerId = Checker });
        await StepAsync(fixture.Officer(Checker), worked, "recheck", new { passed = false, comment = "仍有垃圾" });
        await StepAsync(Sanitation, worked, "handled", new { result = "已彻底清扫" });
        await StepAsync(Operator, worked, "recheck-request", new { officerId = Checker });
        await StepAsync(fixture.Officer(Checker), worked, "recheck", new { passed = true });
        await StepAsync(ShiftLead, worked, "close");

        await StepAsync(Operator, await ReportAsync(Reporter), "reject", new { reason = "不属于城管范围" });
        var voided = await ReportAsync(Reporter);
        await StepAsync(ShiftLead, voided, "file");
        await StepAsync(Dispatcher, voided, "void-request", new { reason = "重复立案" });
        await StepAsync(ShiftLead, voided, "request/approve");
        var selfHandled = await ReportAsync(Reporter);
        await StepAsync(fixture.Officer(Reporter), selfHandled, "self-handle", new { result = "已当场清理" });
        await StepAsync(ShiftLead, selfHandled, "close");

        var district = await EventuallyCountsAsync($"scope=district&code={District}", new()
        {
            ["reports"] = 4,
            ["validReports"] = 3,
            ["filed"] = 2,
            ["voided"] = 1,
            ["verificationsRequested"] = 1,
            ["rechecksRequested"] = 2,
            ["dispatches"] = 2,
            ["returns"] = 1,
            ["handled"] = 1,
            ["reworked"] = 1,
            ["closed"] = 2,
            ["closingDue"] = 2,
            ["departmentClosed"] = 1,
            ["departmentClosingDue"] = 1,
        });
        Assert.Equal(75, Rate(district, "validReportRate"));
        Assert.Equal(66.67, Rate(district, "filingRate"));
        Assert.Equal(50, Rate(district, "accurateFilingRate"));
        Assert.Equal(50, Rate(district, "accurateDispatchRate"));
        Assert.Equal(100, Rate(district, "reworkRate"));
        Assert.Equal(100, Rate(district, "closingRate"));
        Assert.Equal("district", district.GetProperty("scope").GetString());
        Assert.Equal("custom", district.GetProperty("period").GetProperty("kind").GetString(), ignoreCase: true);
        Assert.Equal(JsonValueKind.Number, district.GetProperty("score").ValueKind);

        var sanitation = await EvaluationAsync("scope=department&code=sanitation");
        Assert.Equal(100, Rate(sanitation, "closingRate"));
        Assert.Equal(100, Rate(sanitation, "reworkRate"));
        Assert.Equal(100, sanitation.GetProperty("volumeScore").GetDouble());

        var reporter = await EvaluationAsync($"scope=person&code={Reporter}");
        Assert.Equal((4L, 3L), (Counters(reporter)["reports"], Counters(reporter)["validReports"]));
        Assert.Equal(75, Rate(reporter, "validReportRate"));
        var checker = Counters(await EvaluationAsync($"scope=person&code={Checker}"));
        Assert.Equal((1L, 2L), (checker["verificationsRequested"], checker["rechecksRequested"]));

        var ranking = await GetAsync($"/api/inspection/evaluation/ranking?scope=department&{AroundToday}");
        var items = ranking.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["sanitation", "roads"], items.Select(i => i.GetProperty("code").GetString()));
        Assert.Equal([1, 2], items.Select(i => i.GetProperty("rank").GetInt32()));
        Assert.Equal("E", items[1].GetProperty("grade").GetString());
        Assert.Equal(0, Rate(items[1], "accurateDispatchRate"));
        Assert.Equal(2, ranking.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_redelivered_event_is_not_counted_twice()
    {
        const string officer = "officer-eval-redelivery";
        var id = await ReportAsync(officer, longitude: 113.2475, latitude: 35.24);
        var harness = fixture.Factory.Harness;
        var reported = (await harness.PublishedAsync<CaseReported>(e => e.CaseId == id)).Context.Message;
        await EventuallyCountsAsync($"scope=person&code={officer}", new() { ["reports"] = 1 });

        await harness.Bus.Publish(reported);
        await harness.ConsumedAsync<CaseReported>(e => e.EventId == reported.EventId, count: 2);

        Assert.Equal(1, Counters(await EvaluationAsync($"scope=person&code={officer}"))["reports"]);
    }

    [Theory]
    [InlineData(Roles.GridOfficer)]
    [InlineData(Roles.DepartmentHandler)]
    [InlineData(Roles.PublicityEditor)]
    public async Task Only_centre_staff_and_administrators_see_evaluations(string role)
    {
        var client = fixture.Factory.ClientFor("someone", role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/inspection/evaluation?scope=city")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/inspection/evaluation/ranking?scope=district")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Operator.GetAsync("/api/inspection/evaluation?scope=city&period=week")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Dispatcher.GetAsync("/api/inspection/evaluation/ranking?scope=grid&period=day&date=2023-01-22")).StatusCode);
    }

    [Theory]
    [InlineData("/api/inspection/evaluation?scope=galaxy&code=1", "scope")]
    [InlineData("/api/inspection/evaluation?scope=district", "code")]
    [InlineData("/api/inspection/evaluation?scope=district&code=410811&period=day&date=2023-02-30", "date")]
    [InlineData("/api/inspection/evaluation?scope=district&code=410811&from=2023-02-01&to=2023-01-01", "from")]
    [InlineData("/api/inspection/evaluation?scope=district&code=410811&from=2022-01-01&to=2023-12-31", "to")]
    [InlineData("/api/inspection/evaluation?scope=district&code=410811&period=quarter", "period")]
    [InlineData("/api/inspection/evaluation/ranking?scope=city", "scope")]
    [InlineData("/api/inspection/evaluation/ranking?scope=grid&pageSize=1000", "pageSize")]
    public async Task Bad_input_is_400_naming_the_field(string path, string field)
    {
        var response = await Operator.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }
}
