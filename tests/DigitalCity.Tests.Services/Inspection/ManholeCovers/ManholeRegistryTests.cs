using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Inspection.ManholeCovers.ManholeApi;

namespace DigitalCity.Tests.Services.Inspection.ManholeCovers;

/// <summary>The registry: one file per well, registered singly or imported, read and searched.</summary>
public class ManholeRegistryTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task A_registered_cover_is_placed_in_its_grid_and_ManholeCoverRegistered_is_published()
    {
        var code = NextCode(kind: "02");

        var cover = await fixture.RegisterAsync(code);

        Assert.Equal((code, ManholeKind.Sewage, "410802", CoverState.Good), (cover.Code, cover.Kind, cover.DistrictCode, cover.State));
        Assert.Equal("41080200100101", cover.Place?.GridCode);
        var published = await fixture.Factory.Harness.PublishedAsync<ManholeCoverRegistered>(e => e.ComponentCode == code);
        Assert.Equal(("Sewage", Maintainer, "41080200100101"), (published.Context.Message.Kind, published.Context.Message.MaintainerCode, published.Context.Message.GridCode));
        var read = await (await fixture.Inspector().GetAsync($"{Covers}/{code}")).ReadAsync<CoverView>();
        Assert.Equal(CoverMaterial.DuctileIron, read.Material);
    }

    [Fact]
    public async Task A_point_outside_every_grid_is_taken_without_a_grid()
    {
        var cover = await fixture.RegisterAsync(location: new { longitude = 113.30, latitude = 35.30 });

        Assert.Null(cover.Place);
        Assert.Equal("410802", cover.DistrictCode);
    }

    [Theory]
    [InlineData("41080201010001", "code")]
    [InlineData("4108020201000001", "code")]
    [InlineData("4108990101000001", "code")]
    public async Task A_bad_code_or_an_unknown_district_is_400_on_the_code(string code, string field)
    {
        var response = await fixture.Manager().PostAsJsonAsync(Covers, File(code));

        await AssertProblemOn(response, field);
    }

    [Fact]
    public async Task A_location_in_another_district_than_the_codes_is_400_on_the_location()
    {
        var response = await fixture.Manager().PostAsJsonAsync(Covers, File(NextCode("410811"), InJiefang));

        await AssertProblemOn(response, "location");
    }

    [Fact]
    public async Task Missing_fields_and_unknown_members_are_400()
    {
        var missing = await fixture.Manager().PostAsJsonAsync(Covers, new { code = NextCode() });
        var unknown = await fixture.Manager().PostAsync(Covers, JsonContent.Create(new { code = NextCode(), colour = "red" }));

        var errors = (await missing.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        foreach (var field in new[] { "location", "address", "ownerCode", "maintainerCode", "material", "antiFallNet" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Registering_a_code_twice_is_409()
    {
        var cover = await fixture.RegisterAsync();

        var again = await fixture.Manager().PostAsJsonAsync(Covers, File(cover.Code));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_import_is_all_or_nothing_with_problems_by_index()
    {
        var owner = $"owner-{Guid.NewGuid():N}";
        var codes = new[] { NextCode(), NextCode(), NextCode("410811", "04") };
        var admin = fixture.Factory.ClientFor("admin-1", Roles.Administrator);

        var refused = await admin.PostAsJsonAsync($"{Covers}/import", new[]
        {
            File(codes[0], owner: owner), File("4108990101000001", owner: owner), File(codes[1], owner: owner), File(codes[1], owner: owner),
        });
        var problems = (await refused.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["[1].code", "[3].code"], problems.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(0, (await Search(fixture.Inspector(), $"owner={owner}")).Total);

        var imported = await admin.PostAsJsonAsync($"{Covers}/import", new[]
        {
            File(codes[0], owner: owner), File(codes[1], owner: owner), File(codes[2], InShanyang, owner),
        });
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(3, (await imported.ReadJsonAsync()).GetProperty("imported").GetInt32());

        var again = await admin.PostAsJsonAsync($"{Covers}/import", new[] { File(codes[0], owner: owner), null });
        Assert.Equal(["[0].code", "[1]"], (await again.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"{Covers}/import", Array.Empty<object>())).StatusCode);
    }

    [Fact]
    public async Task Search_filters_by_district_kind_state_and_owner_paged_by_code()
    {
        var owner = $"owner-{Guid.NewGuid():N}";
        var codes = new[] { NextCode(), NextCode(kind: "04"), NextCode("410811", "04") };
        var imported = await fixture.Manager().PostAsJsonAsync($"{Covers}/import", new[]
        {
            File(codes[0], owner: owner), File(codes[1], owner: owner), File(codes[2], InShanyang, owner),
        });
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        await fixture.ReportAsync(codes[1], "loose");
        var reader = fixture.Factory.ClientFor("operator-1", Roles.Operator);

        var all = await Search(reader, $"owner={owner}&pageSize=2");
        var power = await Search(reader, $"owner={owner}&kind=Power");
        var jiefangPower = await Search(reader, $"owner={owner}&kind=Power&district=410802");
        var defective = await Search(reader, $"owner={owner}&state=Defective");

        Assert.Equal((3, 2), (all.Total, all.Items.Count));
        Assert.Equal(codes[..2], all.Items.Select(c => c.Code));
        Assert.Equal([codes[1], codes[2]], power.Items.Select(c => c.Code));
        Assert.Equal([codes[1]], jiefangPower.Items.Select(c => c.Code));
        Assert.Equal([codes[1]], defective.Items.Select(c => c.Code));
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync($"{Covers}?pageSize=1000")).StatusCode);
    }

    [Fact]
    public async Task Only_registrars_register_and_only_readers_read()
    {
        var code = NextCode();

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Inspector().PostAsJsonAsync(Covers, File(code))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Dispatcher().PostAsJsonAsync($"{Covers}/import", new[] { File(code) })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().GetAsync(Covers)).StatusCode);
        foreach (var role in new[] { Roles.GridOfficer, Roles.SanitationStaff, Roles.DepartmentHandler, Roles.ExternalSystem })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Factory.ClientFor("someone", role).GetAsync(Covers)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Inspector().GetAsync($"{Covers}/{code}")).StatusCode);
    }

    static async Task<Page<CoverView>> Search(HttpClient client, string query)
    {
        var response = await client.GetAsync($"{Covers}?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<Page<CoverView>>();
    }

    internal static async Task AssertProblemOn(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error on '{field}': {errors}");
        Assert.Equal(JsonValueKind.Array, messages.ValueKind);
    }
}
