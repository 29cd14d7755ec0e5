using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>A 311 app's view of the inspection service through Open311 GeoReport v2 at <c>/open311/v2</c>.</summary>
public class Open311Tests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    HttpClient App => fixture.Factory.CreateClient();

    [Fact]
    public async Task A_311_client_reports_a_problem_that_becomes_a_case_in_the_closed_loop_and_follows_it()
    {
        var services = await (await App.GetAsync("/open311/v2/services.json")).ReadJsonAsync();
        var litter = services.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == "E0102");
        Assert.Equal("暴露垃圾", litter.GetProperty("service_name").GetString());
        Assert.Equal("市容环境", litter.GetProperty("group").GetString());
        Assert.True(litter.GetProperty("metadata").GetBoolean());

        var definition = await (await App.GetAsync("/open311/v2/services/E0102.json")).ReadJsonAsync();
        var attribute = definition.GetProperty("attributes").EnumerateArray().Single();
        Assert.Equal("description", attribute.GetProperty("code").GetString());
        Assert.True(attribute.GetProperty("required").GetBoolean());

        var posted = await PostAsync(Request(("email", "citizen@example.com"), ("phone", "13800000000"), ("first_name", "张")));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.ReadJsonAsync())[0].GetProperty("service_request_id").GetString()!;

        var token = await (await App.GetAsync($"/open311/v2/tokens/{id}.json")).ReadJsonAsync();
        Assert.Equal(id, token[0].GetProperty("service_request_id").GetString());

        var one = (await (await App.GetAsync($"/open311/v2/requests/{id}.json")).ReadJsonAsync())[0];
        Assert.Equal("open", one.GetProperty("status").GetString());
        Assert.Equal("待受理", one.GetProperty("status_notes").GetString());
        Assert.EndsWith("+08:00", one.GetProperty("requested_datetime").GetString(), StringComparison.Ordinal); // the city's clock, Asia/Shanghai
        Assert.Equal("E0102", one.GetProperty("service_code").GetString());
        Assert.Equal(35.2159, one.GetProperty("lat").GetDouble());
        Assert.Equal("https://photos.example.org/litter.jpg", one.GetProperty("media_url").GetString());
        Assert.DoesNotContain("13800000000", one.GetRawText());
        Assert.DoesNotContain("citizen@example.com", one.GetRawText());

        var reported = await fixture.Factory.Harness.PublishedAsync<CaseReported>(m => m.CaseId == Guid.Parse(id));
        Assert.Equal($"open311:{ServiceFactory<InspectionHost>.Open311Client}", reported.Context.Message.ReportedBy);
        var operatorClient = fixture.Factory.ClientFor("operator-open311", Roles.Operator);
        var @case = await (await operatorClient.GetAsync($"/api/inspection/cases/{id}")).ReadAsync<CaseView>();
        Assert.Equal(CaseStatus.Reported, @case.Status);
        Assert.Equal("路边暴露垃圾", @case.Description);

        Assert.Contains(id, await ListedIdsAsync("service_code=E0102&status=open"));
        Assert.DoesNotContain(id, await ListedIdsAsync("service_code=E0102&status=closed"));
        Assert.DoesNotContain(id, await ListedIdsAsync("service_code=E0104"));

        var rejected = await operatorClient.PostAsJsonAsync($"/api/inspection/cases/{id}/reject", new { reason = "已自行清除" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains(id, await ListedIdsAsync("service_code=E0102&status=closed"));
        Assert.Contains(id, await ListedIdsAsync($"service_request_id={id},{Guid.NewGuid()}"));
    }

    [Fact]
    public async Task Xml_answers_have_the_spec_root_elements()
    {
        var posted = await PostAsync(Request(), "xml");
        var id = XDocument.Parse(await posted.Content.ReadAsStringAsync()).Root!.Element("request")!.Element("service_request_id")!.Value;

        Assert.Equal("services", (await XmlAsync("/open311/v2/services.xml")).Name.LocalName);
        Assert.Equal("service", (await XmlAsync("/open311/v2/services.xml")).Elements().First().Name.LocalName);
        Assert.Equal("service_definition", (await XmlAsync("/open311/v2/services/E0102.xml")).Name.LocalName);
        Assert.Equal("discovery", (await XmlAsync("/open311/v2/discovery.xml")).Name.LocalName);
        var one = await XmlAsync($"/open311/v2/requests/{id}.xml");
        Assert.Equal("service_requests", one.Name.LocalName);
        Assert.Equal("open", one.Element("request")!.Element("status")!.Value);
        var error = await XmlAsync("/open311/v2/services/X9999.xml", HttpStatusCode.NotFound);
        Assert.Equal("errors", error.Name.LocalName);
        Assert.Equal("404", error.Element("error")!.Element("code")!.Value);
    }

    [Fact]
    public async Task Missing_service_code_and_location_are_two_errors_in_the_spec_format()
    {
        var response = await PostAsync([("api_key", ServiceFactory<InspectionHost>.Open311Key), ("description", "路边暴露垃圾")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(400, e.GetProperty("code").GetInt32()));
        Assert.Contains(errors, e => e.GetProperty("description").GetString()!.Contains("service_code", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("description").GetString()!.Contains("lat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_address_without_coordinates_is_refused_saying_coordinates_are_needed()
    {
        var response = await PostAsync([("api_key", ServiceFactory<InspectionHost>.Open311Key), ("service_code", "E0102"), ("address_string", "解放区 民主路 12号"), ("description", "垃圾")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lat and long are required", (await response.ReadJsonAsync())[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_or_missing_api_key_is_403_and_creates_nothing()
    {
        var wrong = await PostAsync([.. Request().Where(f => f.Name != "api_key"), ("api_key", "not-a-key")]);
        var missing = await PostAsync([.. Request().Where(f => f.Name != "api_key")]);

        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(403, (await wrong.ReadJsonAsync())[0].GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
    }

    [Fact]
    public async Task An_unknown_service_is_404_in_the_spec_format()
    {
        var definition = await App.GetAsync("/open311/v2/services/X9999.json");
        var posted = await PostAsync([.. Request().Where(f => f.Name != "service_code"), ("service_code", "X9999")]);
        var request = await App.GetAsync($"/open311/v2/requests/{Guid.NewGuid()}.json");

        foreach (var response in new[] { definition, posted, request })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(404, (await response.ReadJsonAsync())[0].GetProperty("code").GetInt32());
        }
    }

    [Fact]
    public async Task Discovery_names_the_spec_and_both_formats()
    {
        var discovery = await (await App.GetAsync("/open311/v2/discovery.json")).ReadJsonAsync();

        var endpoint = discovery.GetProperty("endpoints")[0];
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
        Assert.EndsWith("/open311/v2", endpoint.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(["application/json", "text/xml"], endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
    }

    static (string Name, string Value)[] Request(params (string Name, string Value)[] extra) =>
    [
        ("api_key", ServiceFactory<InspectionHost>.Open311Key),
        ("service_code", "E0102"),
        ("lat", "35.2159"),
        ("long", "113.2418"),
        ("address_string", "解放区 民主路 12号"),
        ("description", "路边暴露垃圾"),
        ("media_url", "https://photos.example.org/litter.jpg"),
        .. extra,
    ];

    Task<HttpResponseMessage> PostAsync((string Name, string Value)[] fields, string format = "json") =>
        App.PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    async Task<List<string?>> ListedIdsAsync(string query)
    {
        var response = await App.GetAsync($"/open311/v2/requests.json?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadJsonAsync()).EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString())];
    }

    async Task<XElement> XmlAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await App.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }
}
