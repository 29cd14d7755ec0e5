using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection.DispatchRules;

/// <summary>
/// The dispatch rules through the API. The rule set is one document per service, so each test starts
/// its own host and sees the seed.
/// </summary>
public sealed class DispatchRulesApiTests : IDisposable
{
    const string Rules = "/api/inspection/dispatch-rules";
    const string Suggest = "/api/inspection/dispatch-rules/suggest";

    readonly InspectionFixture _fixture = new();

    HttpClient Operator => _fixture.Factory.ClientFor("operator-1", Roles.Operator);

    HttpClient ShiftLead => _fixture.Factory.ClientFor("lead-1", Roles.ShiftLead);

    HttpClient Dispatcher => _fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher);

    public void Dispose() => _fixture.Dispose();

    static object Rule(int order, string department, string[]? categories = null, string[]? districts = null, string[]? keywords = null, string limit = "4 WorkingHours") => new
    {
        id = $"rule-{order}",
        order,
        name = $"rule {order}",
        categoryCodes = categories,
        districtCodes = districts,
        keywords,
        department,
        handlingLimit = limit,
    };

    static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task Centre_staff_read_the_seeded_rules_in_order_and_others_may_not()
    {
        var body = await OkJsonAsync(await Operator.GetAsync(Rules));

        Assert.Equal(0, body.GetProperty("version").GetInt64());
        Assert.True(body.GetProperty("isSeed").GetBoolean());
        var orders = body.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("order").GetInt32()).ToList();
        Assert.NotEmpty(orders);
        Assert.Equal(orders.Order(), orders);
        Assert.Equal(HttpStatusCode.OK, (await ShiftLead.GetAsync(Rules)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Dispatcher.GetAsync(Rules)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _fixture.Officer("officer-1").GetAsync(Rules)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _fixture.Factory.CreateClient().GetAsync(Rules)).StatusCode);
    }

    [Fact]
    public async Task A_dispatcher_replaces_the_rules_and_the_change_is_published()
    {
        var saved = await OkJsonAsync(await Dispatcher.PutAsJsonAsync(Rules, new
        {
            version = 0,
            rules = new[] { Rule(20, "roads", ["E04"]), Rule(10, "sanitation", ["e01"], limit: "2 workinghours") },
        }));

        Assert.Equal(1, saved.GetProperty("version").GetInt64());
        Assert.Equal("dispatcher-1", saved.GetProperty("changedBy").GetString());
        var read = await OkJsonAsync(await Operator.GetAsync(Rules));
        var rules = read.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["rule-10", "rule-20"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("2 WorkingHours", rules[0].GetProperty("handlingLimit").GetString());
        Assert.Equal("E01", rules[0].GetProperty("categoryCodes")[0].GetString());
        Assert.False(read.GetProperty("isSeed").GetBoolean());

        var published = await _fixture.Factory.Harness.PublishedAsync<DispatchRulesChanged>(m => m.ChangedBy == "dispatcher-1");
        Assert.Equal(2, published.Context.Message.RuleCount);
    }

    [Fact]
    public async Task A_shift_lead_may_replace_the_rules_and_an_operator_may_not()
    {
        var body = new { version = 0, rules = new[] { Rule(10, "sanitation") } };

        Assert.Equal(HttpStatusCode.Forbidden, (await Operator.PutAsJsonAsync(Rules, body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ShiftLead.PutAsJsonAsync(Rules, body)).StatusCode);
    }

    [Fact]
    public async Task A_replacement_from_a_stale_version_is_a_conflict()
    {
        await OkJsonAsync(await Dispatcher.PutAsJsonAsync(Rules, new { version = 0, rules = new[] { Rule(10, "sanitation") } }));

        var stale = await ShiftLead.PutAsJsonAsync(Rules, new { version = 0, rules = new[] { Rule(10, "roads") } });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt64());
        var current = await OkJsonAsync(await Operator.GetAsync(Rules));
        Assert.Equal("sanitation", current.GetProperty("rules")[0].GetProperty("department").GetString());
    }

    [Fact]
    public async Task Invalid_rules_are_refused_naming_each_field()
    {
        var response = await Dispatcher.PutAsJsonAsync(Rules, new
        {
            version = 0,
            rules = new object[]
            {
                Rule(10, "sanitation"),
                Rule(20, "sanitation", ["E9999"]),
                Rule(30, "sanitation", limit: "4 hours please"),
                Rule(10, " "),
                new { name = "no order", department = "roads", handlingLimit = "1 WorkingDays" },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("rules[4].order", out _), errors.ToString());

        var second = await Dispatcher.PutAsJsonAsync(Rules, new
        {
            version = 0,
            rules = new[] { Rule(10, "sanitation"), Rule(20, "sanitation", ["E9999"]), Rule(30, "sanitation", limit: "4 hours please"), Rule(10, " ") },
        });
        var fields = (await second.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["rules[1].categoryCodes", "rules[2].handlingLimit", "rules[3].department", "rules[3].id", "rules[3].order"], fields);
    }

    [Fact]
    public async Task A_replacement_needs_the_version_it_was_read_at()
    {
        var response = await Dispatcher.PutAsJsonAsync(Rules, new { rules = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task The_dispatcher_gets_the_seeded_suggestion_with_its_explanation()
    {
        var body = await OkJsonAsync(await Dispatcher.PostAsJsonAsync(Suggest, new { categoryCode = "E0104", description = "路面有泥土" }));

        var suggestion = body.GetProperty("suggestion");
        Assert.Equal("sanitation", suggestion.GetProperty("department").GetString());
        Assert.Equal("2 WorkingHours", suggestion.GetProperty("handlingLimit").GetString());
        Assert.Equal("seed-e0104", suggestion.GetProperty("ruleId").GetString());
        Assert.Contains("category E0104 is listed", body.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal("Matched", body.GetProperty("considered").EnumerateArray().Last().GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Suggestions_follow_the_replaced_rules_by_district_grid_and_keyword()
    {
        await OkJsonAsync(await Dispatcher.PutAsJsonAsync(Rules, new
        {
            version = 0,
            rules = new[]
            {
                Rule(10, "shanyang-enforcement", ["E05"], districts: ["410811"]),
                Rule(20, "enforcement", keywords: ["烧烤"], limit: "2 Hours"),
            },
        }));

        async Task<JsonElement> SuggestAsync(object request) => await OkJsonAsync(await Dispatcher.PostAsJsonAsync(Suggest, request));

        var byGrid = await SuggestAsync(new { categoryCode = "E0510", gridCode = "41081100100101", description = "露天烧烤" });
        var byKeyword = await SuggestAsync(new { categoryCode = "E0102", districtCode = "410802", description = "夜市 BBQ 烧烤摊" });
        var none = await SuggestAsync(new { categoryCode = "E0102", districtCode = "410802", description = "路边暴露垃圾" });

        Assert.Equal("shanyang-enforcement", byGrid.GetProperty("suggestion").GetProperty("department").GetString());
        Assert.Equal("2 Hours", byKeyword.GetProperty("suggestion").GetProperty("handlingLimit").GetString());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("suggestion").ValueKind);
        Assert.Contains("No enabled rule matched", none.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, none.GetProperty("considered").GetArrayLength());
        Assert.Equal(1, none.GetProperty("rulesVersion").GetInt64());
    }

    [Fact]
    public async Task A_suggestion_needs_a_known_category_and_well_formed_places_and_is_for_dispatchers()
    {
        var response = await Dispatcher.PostAsJsonAsync(Suggest, new { categoryCode = "E9999", districtCode = "4108", gridCode = "123", description = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["categoryCode", "districtCode", "gridCode"], fields);
        Assert.Equal(HttpStatusCode.Forbidden, (await Operator.PostAsJsonAsync(Suggest, new { categoryCode = "E0102", description = "" })).StatusCode);
    }
}
