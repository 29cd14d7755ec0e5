using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection.Places;

/// <summary>
/// Grid import through the API and its effect on the live directory. Imports change the service's
/// directory, so each test starts its own host on the seed.
/// </summary>
public sealed class GridImportApiTests : IDisposable
{
    const string Import = "/api/inspection/places/grids/import";

    readonly InspectionFixture _fixture = new();

    HttpClient Admin => _fixture.Factory.ClientFor("admin-1", Roles.Administrator);

    HttpClient Officer => _fixture.Officer("officer-grids");

    public void Dispose() => _fixture.Dispose();

    static StringContent GeoJson(string body, string contentType = "application/geo+json") => new(body, Encoding.UTF8, contentType);

    static object ReportAt(double longitude, double latitude) => new
    {
        categoryCode = "E0102",
        location = new { longitude, latitude },
        address = "山阳区 新城路",
        description = "暴露垃圾",
    };

    static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    async Task<string?> GridAtAsync(double longitude, double latitude) =>
        (await OkJsonAsync(await Officer.GetAsync($"/api/inspection/places/assign?longitude={longitude}&latitude={latitude}"))).GetProperty("gridCode").GetString();

    async Task<long> GridCountAsync(string district) =>
        (await OkJsonAsync(await Officer.GetAsync($"/api/inspection/places/grids?district={district}"))).GetProperty("total").GetInt64();

    [Fact]
    public async Task An_imported_grid_places_new_reports_and_a_point_outside_stays_unassigned()
    {
        var result = await OkJsonAsync(await Admin.PostAsync(Import, GeoJson(GridFiles.NewStreet())));

        Assert.Equal(1, result.GetProperty("importNumber").GetInt64());
        Assert.Equal((2, 0, 1, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("replaced").GetInt32(),
            result.GetProperty("streetsCreated").GetInt32(), result.GetProperty("communitiesCreated").GetInt32()));
        var inside = await (await Officer.PostAsJsonAsync("/api/inspection/cases", ReportAt(113.275, 35.255))).ReadAsync<CaseView>();
        var outside = await (await Officer.PostAsJsonAsync("/api/inspection/cases", ReportAt(113.305, 35.275))).ReadAsync<CaseView>();

        Assert.Equal(("41081100300101", "410811003", "410811", "山阳区"), (inside.Place!.GridCode, inside.Place.StreetCode, inside.Place.DistrictCode, inside.Place.DistrictName));
        Assert.True(outside.Unassigned);
        Assert.Null(outside.Place);
        var published = await _fixture.Factory.Harness.PublishedAsync<GridsImported>(m => m.ImportedBy == "admin-1");
        Assert.Equal(["41081100300101", "41081100300102"], published.Context.Message.GridCodes);
        Assert.Equal(2, published.Context.Message.Created);
    }

    [Fact]
    public async Task Re_importing_a_code_replaces_the_grid_and_says_so()
    {
        await OkJsonAsync(await Admin.PostAsync(Import, GeoJson(GridFiles.NewStreet())));

        var moved = GridFiles.Collection(GridFiles.Square("41081100300101", 113.27, 35.26, name: "新城社区01网格（调整）"));
        var result = await OkJsonAsync(await Admin.PostAsync(Import, GeoJson(moved)));

        Assert.Equal((2, 0, 1), (result.GetProperty("importNumber").GetInt32(), result.GetProperty("created").GetInt32(), result.GetProperty("replaced").GetInt32()));
        Assert.Equal(["41081100300101"], result.GetProperty("replacedCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Null(await GridAtAsync(113.275, 35.255));
        Assert.Equal("41081100300101", await GridAtAsync(113.275, 35.265));
        Assert.Equal(2, await GridCountAsync("410811") - 3);
    }

    [Fact]
    public async Task A_grid_reads_as_geojson_and_grids_list_by_street_in_pages()
    {
        await OkJsonAsync(await Admin.PostAsync(Import, GeoJson(GridFiles.NewStreet())));

        var response = await Officer.GetAsync("/api/inspection/places/grids/41081100300101");
        var feature = await OkJsonAsync(response);
        var firstPage = await OkJsonAsync(await Officer.GetAsync("/api/inspection/places/grids?street=410811003&pageSize=1"));
        var secondPage = await OkJsonAsync(await Officer.GetAsync("/api/inspection/places/grids?street=410811003&pageSize=1&page=2"));
        var jiefang = await OkJsonAsync(await Officer.GetAsync("/api/inspection/places/grids?district=410802&pageSize=100"));

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("Feature", "41081100300101", "Polygon"), (feature.GetProperty("type").GetString(), feature.GetProperty("id").GetString(), feature.GetProperty("geometry").GetProperty("type").GetString()));
        var start = feature.GetProperty("geometry").GetProperty("coordinates")[0][0];
        Assert.Equal((113.27, 35.25), (start[0].GetDouble(), start[1].GetDouble()));
        Assert.Equal(("新城街道", "新城社区", "山阳区"), (feature.GetProperty("properties").GetProperty("streetName").GetString(),
            feature.GetProperty("properties").GetProperty("communityName").GetString(), feature.GetProperty("properties").GetProperty("districtName").GetString()));
        Assert.Equal(2, firstPage.GetProperty("total").GetInt64());
        Assert.Equal("41081100300101", Assert.Single(firstPage.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("41081100300102", Assert.Single(secondPage.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.All(jiefang.GetProperty("items").EnumerateArray(), g => Assert.Equal("410802", g.GetProperty("districtCode").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await Officer.GetAsync("/api/inspection/places/grids/41081100399999")).StatusCode);
    }

    public static TheoryData<string, string, int, string, string> BadFiles => new()
    {
        { "malformed JSON", """{ "type": "FeatureCollection", "features": [ """, 400, "$", "not valid JSON" },
        { "not a collection", """{ "type": "Feature" }""", 400, "$", "FeatureCollection" },
        {
            "a point", """{ "type": "FeatureCollection", "features": [{ "type": "Feature", "properties": { "code": "41081100300101", "name": "点" }, "geometry": { "type": "Point", "coordinates": [113.27, 35.25] } }] }""",
            400, "features[0].geometry.type", "\"Point\" is not supported"
        },
        {
            "a bow tie", """{ "type": "FeatureCollection", "features": [{ "type": "Feature", "properties": { "code": "41081100300101", "name": "蝴蝶结" }, "geometry": { "type": "Polygon", "coordinates": [[[113.27, 35.25], [113.28, 35.26], [113.28, 35.25], [113.27, 35.26], [113.27, 35.25]]] } }] }""",
            400, "features[0].geometry.coordinates[0]", "crosses or touches itself"
        },
        {
            "an unclosed ring", """{ "type": "FeatureCollection", "features": [{ "type": "Feature", "properties": { "code": "41081100300101", "name": "未闭合" }, "geometry": { "type": "Polygon", "coordinates": [[[113.27, 35.25], [113.28, 35.25], [113.28, 35.26], [113.27, 35.26]]] } }] }""",
            400, "features[0].geometry.coordinates[0]", "not closed"
        },
        { "a 15-digit code", GridFiles.Collection(GridFiles.Square("410811003001001", 113.27, 35.25)), 400, "features[0].properties.code", "15 digits" },
        {
            "a community code not matching", GridFiles.Collection(GridFiles.Square("41081100300101", 113.27, 35.25, extra: """, "communityCode": "410811002001" """)),
            400, "features[0].properties.communityCode", "disagrees with the grid code"
        },
        { "an unknown district", GridFiles.Collection(GridFiles.Square("41089900100101", 113.27, 35.25)), 422, "features[0].properties.code", "410899 is not a district" },
        { "an unknown street without a name", GridFiles.Collection(GridFiles.Square("41081100300101", 113.27, 35.25)), 422, "features[0].properties.streetName", "give \"streetName\"" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_naming_the_feature_and_field_and_changes_nothing(string label, string body, int status, string path, string message)
    {
        var response = await Admin.PostAsync(Import, GeoJson(body));

        Assert.True(status == (int)response.StatusCode, $"{label}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(path, out var messages), $"{label}: {errors}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(message, StringComparison.Ordinal));
        Assert.Equal(3, await GridCountAsync("410811"));
        Assert.Null(await GridAtAsync(113.275, 35.255));
    }

    [Fact]
    public async Task Every_problem_of_a_file_is_listed_and_its_good_features_are_not_imported()
    {
        var body = GridFiles.Collection(
            GridFiles.Square("41081100300101", 113.27, 35.25, extra: """, "streetName": "新城街道", "communityName": "新城社区" """),
            GridFiles.Square("4108110030010", 113.28, 35.25),
            GridFiles.Square("41081100300103", 113.29, 35.25, extra: """, "streetName": "别的名字" """));

        var response = await Admin.PostAsync(Import, GeoJson(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(["features[1].properties.code"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, problem.GetProperty("problems")[0].GetProperty("featureIndex").GetInt32());
        Assert.Null(await GridAtAsync(113.275, 35.255));

        var fixedCode = body.Replace("\"4108110030010\"", "\"41081100300102\"", StringComparison.Ordinal);
        var second = await Admin.PostAsync(Import, GeoJson(fixedCode));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        var fields = (await second.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name);
        Assert.Equal(["features[2].properties.streetName"], fields);
        Assert.Null(await GridAtAsync(113.275, 35.255));
    }

    [Fact]
    public async Task Only_administrators_import_grids()
    {
        var body = GridFiles.NewStreet();

        Assert.Equal(HttpStatusCode.Forbidden, (await Officer.PostAsync(Import, GeoJson(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _fixture.Factory.ClientFor("operator-1", Roles.Operator).PostAsync(Import, GeoJson(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher).PostAsync(Import, GeoJson(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _fixture.Factory.CreateClient().PostAsync(Import, GeoJson(body))).StatusCode);
        Assert.Null(await GridAtAsync(113.275, 35.255));
    }

    [Fact]
    public async Task A_file_too_large_or_not_json_is_refused_before_it_is_read()
    {
        var huge = GridFiles.Collection(GridFiles.Square("41081100300101", 113.27, 35.25, extra: $", \"padding\": \"{new string('x', 7 * 1024 * 1024)}\""));

        var tooLarge = await Admin.PostAsync(Import, GeoJson(huge));
        var notJson = await Admin.PostAsync(Import, GeoJson(GridFiles.NewStreet(), "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Null(await GridAtAsync(113.275, 35.255));
    }
}
