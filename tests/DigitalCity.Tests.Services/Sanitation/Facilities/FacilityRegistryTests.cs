using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Sanitation.Facilities;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Sanitation.Facilities;

/// <summary>The facility registry over HTTP: registration, idempotent retries, versioned updates, retiring, reads and roles.</summary>
public class FacilityRegistryTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    static string NewCode(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static object Point(string code, string district = "410811", string? clearBy = null) => new
    {
        code,
        kind = "CollectionPoint",
        name = "民主路收集点",
        districtCode = district,
        location = new { longitude = 113.2418, latitude = 35.2159 },
        address = "山阳区 民主路 12号",
        binType = "660L",
        clearBy,
    };

    public static object Vehicle(string code, int maxLoadKg = 8000) => new
    {
        code,
        kind = "Vehicle",
        name = "压缩式垃圾车",
        districtCode = "410811",
        plateNumber = "豫H·A1234",
        maxLoadKg,
    };

    [Fact]
    public async Task A_point_registers_once_and_a_retry_answers_the_same_facility()
    {
        var code = NewCode("CP");

        var created = await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", Point(code));
        var retried = await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", Point(code));
        var conflicting = await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", Point(code, district: "410802"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (created.StatusCode, retried.StatusCode, conflicting.StatusCode));
        var view = await created.ReadAsync<FacilityView>();
        Assert.Equal((FacilityKind.CollectionPoint, "410811", "660L", 1L), (view.Kind, view.DistrictCode, view.BinType, view.Version));
        var registered = await fixture.Factory.Harness.PublishedAsync<FacilityRegistered>(m => m.Code == code);
        Assert.Equal(("CollectionPoint", "410811"), (registered.Context.Message.Kind, registered.Context.Message.DistrictCode));
    }

    [Fact]
    public async Task Each_kind_takes_its_own_fields_and_refuses_the_others()
    {
        var response = await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", new
        {
            code = "bad code!",
            kind = "Vehicle",
            name = "洗扫车",
            districtCode = "4108",
            maxLoadKg = 90_000,
            binType = "240L",
        });

        var problem = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "code", "districtCode", "plateNumber", "maxLoadKg", "binType" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}: {errors}");
        }

        var point = await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", new { code = NewCode("CP"), kind = "CollectionPoint", name = "无坐标", districtCode = "410811" });
        Assert.True((await point.ReadJsonAsync()).GetProperty("errors").TryGetProperty("location.longitude", out _));
    }

    [Fact]
    public async Task An_update_needs_the_version_read_and_retiring_shows_in_the_registry()
    {
        var code = NewCode("V");
        var view = await (await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", Vehicle(code))).ReadAsync<FacilityView>();

        var update = new { version = view.Version, kind = "Vehicle", name = "压缩式垃圾车", districtCode = "410811", plateNumber = "豫H·A1234", maxLoadKg = 9000, retired = true };
        var updated = await fixture.Supervisor.PutAsJsonAsync($"/api/sanitation/facilities/{code}", update);
        var stale = await fixture.Supervisor.PutAsJsonAsync($"/api/sanitation/facilities/{code}", update);
        var kindChange = await fixture.Supervisor.PutAsJsonAsync($"/api/sanitation/facilities/{code}",
            new { version = view.Version + 1, kind = "LitterBin", name = "x", districtCode = "410811", location = new { longitude = 113.2, latitude = 35.2 }, binType = "240L" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict), (updated.StatusCode, stale.StatusCode, kindChange.StatusCode));
        var read = await (await fixture.Staff.GetAsync($"/api/sanitation/facilities/{code}")).ReadAsync<FacilityView>();
        Assert.Equal((9000, true, 2L), (read.MaxLoadKg, read.Retired, read.Version));
        var retired = await fixture.Factory.Harness.PublishedAsync<FacilityUpdated>(m => m.Code == code);
        Assert.True(retired.Context.Message.Retired);
    }

    [Fact]
    public async Task The_registry_lists_by_kind_and_district_with_paging()
    {
        var district = "410883";
        foreach (var code in new[] { NewCode("CP"), NewCode("CP"), NewCode("CP") })
        {
            await fixture.Supervisor.PostAsJsonAsync("/api/sanitation/facilities", Point(code, district));
        }

        var operatorClient = fixture.Factory.ClientFor("op-1", Roles.Operator);
        var page = await (await operatorClient.GetAsync($"/api/sanitation/facilities?kind=CollectionPoint&district={district}&pageSize=2")).ReadAsync<Page<FacilityView>>();

        Assert.Equal((3L, 2), (page.Total, page.Items.Count));
        Assert.All(page.Items, f => Assert.Equal(district, f.DistrictCode));
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.GetAsync("/api/sanitation/facilities?district=41")).StatusCode);
    }

    [Fact]
    public async Task Only_supervisors_keep_the_registry()
    {
        var anonymous = fixture.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/sanitation/facilities")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Staff.PostAsJsonAsync("/api/sanitation/facilities", Point(NewCode("CP")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Factory.ClientFor("gov", Roles.GridOfficer).GetAsync("/api/sanitation/facilities")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Staff.GetAsync("/api/sanitation/facilities/NOPE-1")).StatusCode);
    }
}
