using System.Net.Http.Json;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>A reported point is placed in its unit grid and district; a point outside every grid is kept and flagged.</summary>
public class PlacementTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    static object ReportAt(double longitude, double latitude) => new
    {
        categoryCode = "E0102",
        location = new { longitude, latitude },
        address = "焦作市",
        description = "暴露垃圾",
    };

    [Fact]
    public async Task A_point_inside_a_grid_is_assigned_to_the_grid_and_its_district()
    {
        var response = await fixture.Officer("officer-place").PostAsJsonAsync("/api/inspection/cases", ReportAt(113.2575, 35.2375));

        var @case = await response.ReadAsync<CaseView>();
        Assert.False(@case.Unassigned);
        Assert.Equal("41081100100102", @case.Place!.GridCode);
        Assert.Equal("410811", @case.Place.DistrictCode);
        Assert.Equal("山阳区", @case.Place.DistrictName);
    }

    [Fact]
    public async Task A_point_outside_every_grid_is_accepted_and_flagged_unassigned()
    {
        var response = await fixture.Officer("officer-place").PostAsJsonAsync("/api/inspection/cases", ReportAt(113.2475, 35.24));

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var @case = await response.ReadAsync<CaseView>();
        Assert.True(@case.Unassigned);
        Assert.Null(@case.Place);
    }

    [Fact]
    public async Task Operators_filter_cases_by_district_grid_category_and_placement()
    {
        var officer = fixture.Officer("officer-filter");
        var shanyang = await (await officer.PostAsJsonAsync("/api/inspection/cases", ReportAt(113.2575, 35.2375))).ReadAsync<CaseView>();
        var outside = await (await officer.PostAsJsonAsync("/api/inspection/cases", ReportAt(113.2475, 35.24))).ReadAsync<CaseView>();
        var operatorClient = fixture.Factory.ClientFor("operator-filter", Roles.Operator);

        async Task<IReadOnlyList<Guid>> ListAsync(string query) =>
            [.. (await (await operatorClient.GetAsync($"/api/inspection/cases?reportedBy=officer-filter&pageSize=100&{query}")).ReadAsync<Page<CaseView>>()).Items.Select(c => c.Id)];

        Assert.Equal([shanyang.Id], await ListAsync("district=410811"));
        Assert.Equal([shanyang.Id], await ListAsync("grid=41081100100102"));
        Assert.Equal([outside.Id], await ListAsync("unassigned=true"));
        Assert.Empty(await ListAsync("category=E0403"));
        Assert.Equal([outside.Id, shanyang.Id], await ListAsync($"from={Uri.EscapeDataString(shanyang.ReportedAt.ToString("O"))}"));
        Assert.Empty(await ListAsync($"before={Uri.EscapeDataString(shanyang.ReportedAt.ToString("O"))}"));
    }

    [Fact]
    public async Task The_places_api_lists_districts_and_grids_and_assigns_points()
    {
        var client = fixture.Officer("officer-maps");

        var districts = await (await client.GetAsync("/api/inspection/places/districts")).ReadJsonAsync();
        var grids = await (await client.GetAsync("/api/inspection/places/grids?district=410811")).ReadJsonAsync();
        var assigned = await (await client.GetAsync("/api/inspection/places/assign?longitude=113.2575&latitude=35.2375")).ReadJsonAsync();

        Assert.Contains(districts.EnumerateArray(), d => d.GetProperty("code").GetString() == "410811" && d.GetProperty("name").GetString() == "山阳区");
        Assert.Equal(3, grids.GetProperty("total").GetInt64());
        Assert.All(grids.GetProperty("items").EnumerateArray(), g => Assert.Equal("410811", g.GetProperty("districtCode").GetString()));
        Assert.Contains(grids.GetProperty("items").EnumerateArray(), g => g.GetProperty("code").GetString() == "41081100100102");
        Assert.Equal("41081100100102", assigned.GetProperty("gridCode").GetString());
    }
}
