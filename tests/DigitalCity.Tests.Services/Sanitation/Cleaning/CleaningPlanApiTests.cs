using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Sanitation.Cleaning.CleaningRequests;

namespace DigitalCity.Tests.Services.Sanitation.Cleaning;

/// <summary>Supervisors plan a road segment (一路一策); everyone else reads what their role allows.</summary>
public sealed class CleaningPlanApiTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    HttpClient Supervisor => fixture.Factory.ClientFor("supervisor-1", Roles.SanitationSupervisor);

    [Fact]
    public async Task A_supervisor_creates_a_plan_it_reads_back_and_CleaningPlanSet_is_published()
    {
        var segment = NewSegment("JF-RMR");

        var response = await Supervisor.PostPlanAsync(RenminRoad(segment));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{Plans}/{segment}", response.Headers.Location?.OriginalString);
        var created = await response.ReadAsync<CleaningPlanView>();
        Assert.Equal((segment, "人民路", RoadGrade.First, "道路见本色", 1L, "supervisor-1"),
            (created.SegmentCode, created.RoadName, created.Grade, created.QualityTarget, created.Version, created.SetBy));
        Assert.Equal(["05:00-07:00", "14:00-16:00"], created.Methods.Single(m => m.Method == CleaningMethod.MachineSweep).Windows);
        var festival = Assert.Single(created.Overrides);
        Assert.Equal(("春节", new DateOnly(2023, 1, 21), new DateOnly(2023, 1, 27)), (festival.Name, festival.From, festival.To));
        var read = await (await Supervisor.GetAsync($"{Plans}/{segment}")).ReadAsync<CleaningPlanView>();
        Assert.Equal((created.Id, created.Version), (read.Id, read.Version));
        var set = (await fixture.Factory.Harness.PublishedAsync<CleaningPlanSet>(m => m.SegmentCode == segment)).Context.Message;
        Assert.Equal((created.Id, "410802", "First", 1L), (set.PlanId, set.DistrictCode, set.Grade, set.Version));
        Assert.Equal(4, set.Overrides[0].Methods.Single(m => m.Method == "MachineSweep").RunsPerDay);
    }

    [Fact]
    public async Task A_second_plan_for_the_same_segment_is_a_conflict()
    {
        var segment = NewSegment("JF-RMR");
        await Supervisor.CreatePlanAsync(RenminRoad(segment));

        var again = await Supervisor.PostPlanAsync(RenminRoad(segment) with { RoadName = "人民路东段" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal("人民路", (await (await Supervisor.GetAsync($"{Plans}/{segment}")).ReadAsync<CleaningPlanView>()).RoadName);
    }

    [Fact]
    public async Task A_plan_is_replaced_with_the_version_read_and_a_stale_version_is_a_conflict()
    {
        var segment = NewSegment("JF-RMR");
        var created = await Supervisor.CreatePlanAsync(RenminRoad(segment));
        var busier = RenminRoad(segment) with
        {
            Methods = [.. RenminRoad(segment).Methods!.Select(m => m.Method == CleaningMethod.Wash ? m with { RunsPerDay = 2, Windows = ["04:00-05:00", "21:00-22:00"] } : m)],
            Version = created.Version,
        };

        var replaced = await Supervisor.PutAsJsonAsync($"{Plans}/{segment}", busier, Api.Json);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var view = await replaced.ReadAsync<CleaningPlanView>();
        Assert.Equal((2L, 2), (view.Version, view.Methods.Single(m => m.Method == CleaningMethod.Wash).RunsPerDay));
        var set = (await fixture.Factory.Harness.PublishedAsync<CleaningPlanSet>(m => m.SegmentCode == segment && m.Version == 2)).Context.Message;
        Assert.Equal(["04:00-05:00", "21:00-22:00"], set.Methods.Single(m => m.Method == "Wash").Windows);

        var stale = await Supervisor.PutAsJsonAsync($"{Plans}/{segment}", busier with { LengthMetres = 2000 }, Api.Json);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1800, (await (await Supervisor.GetAsync($"{Plans}/{segment}")).ReadAsync<CleaningPlanView>()).LengthMetres);
        Assert.Equal(["version"], await (await Supervisor.PutAsJsonAsync($"{Plans}/{segment}", busier with { Version = null }, Api.Json)).RefusedFieldsAsync());
        var missing = NewSegment("NONE");
        Assert.Equal(HttpStatusCode.NotFound, (await Supervisor.PutAsJsonAsync($"{Plans}/{missing}", RenminRoad(missing) with { Version = 1 }, Api.Json)).StatusCode);
    }

    [Fact]
    public async Task Overlapping_windows_of_one_method_are_refused_naming_the_window()
    {
        var request = RenminRoad(NewSegment("JF-RMR"));
        var overlapping = request with { Methods = [request.Methods![0] with { Windows = ["05:00-07:00", "06:30-08:00"] }, .. request.Methods.Skip(1)] };

        var response = await Supervisor.PostPlanAsync(overlapping);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(["methods[0].windows[1]"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("overlaps 05:00-07:00", errors.GetProperty("methods[0].windows[1]")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_bad_plans_are_refused_naming_the_field()
    {
        var request = RenminRoad(NewSegment("JF-RMR"));
        var sweep = request.Methods![0];
        var festival = request.Overrides![0];

        Assert.Equal(["methods[0].windows[1]"], await (await Supervisor.PostPlanAsync(request with { Methods = [sweep with { Windows = ["05:00-07:00", "16:00-14:00"] }], Overrides = [] })).RefusedFieldsAsync());
        Assert.Equal(["methods[0].runsPerDay"], await (await Supervisor.PostPlanAsync(request with { Methods = [sweep with { RunsPerDay = 49 }], Overrides = [] })).RefusedFieldsAsync());
        Assert.Equal(["methods[0].runsPerDay"], await (await Supervisor.PostPlanAsync(request with { Methods = [sweep with { RunsPerDay = 0 }], Overrides = [] })).RefusedFieldsAsync());
        Assert.Equal(["methods[0].crew"], await (await Supervisor.PostPlanAsync(request with { Methods = [sweep with { Crew = [] }], Overrides = [] })).RefusedFieldsAsync());
        Assert.Equal(["overrides[1]"], await (await Supervisor.PostPlanAsync(request with
        {
            Overrides = [festival, festival with { Name = "元宵", From = new DateOnly(2023, 1, 27), To = new DateOnly(2023, 2, 5) }],
        })).RefusedFieldsAsync());
        Assert.Equal(["version"], await (await Supervisor.PostPlanAsync(request with { Version = 3 })).RefusedFieldsAsync());
    }

    [Fact]
    public async Task An_unknown_method_and_an_unknown_member_are_refused_naming_the_JSON_path()
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(RenminRoad(NewSegment("JF-RMR")), Api.Json)!;
        body["methods"]![0]!["method"] = "Vacuum";
        var unknownMethod = await Supervisor.PostAsync(Plans, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains("methods[0].method", Assert.Single(await unknownMethod.RefusedFieldsAsync()), StringComparison.Ordinal);

        body["methods"]![0]!["method"] = "MachineSweep";
        body["colour"] = "green";
        var unknownMember = await Supervisor.PostAsync(Plans, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains("colour", Assert.Single(await unknownMember.RefusedFieldsAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_other_roles_403()
    {
        var request = RenminRoad(NewSegment("JF-RMR"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().PostPlanAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().GetAsync(Plans)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Staff.PostPlanAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Factory.ClientFor("operator-1", Roles.Operator).PostPlanAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Factory.ClientFor("editor-1", Roles.PublicityEditor).GetAsync(Plans)).StatusCode);
    }

    [Fact]
    public async Task Staff_read_the_plans_they_crew_and_the_centres_read_every_plan()
    {
        const string district = "410883";
        var crewed = NewSegment("MZ-A");
        var other = NewSegment("MZ-B");
        await Supervisor.CreatePlanAsync(RenminRoad(crewed, district) with { Methods = [new(CleaningMethod.ManualSweep, 1, ["06:00-12:00"], ["crew-88"])], Overrides = [] });
        await Supervisor.CreatePlanAsync(RenminRoad(other, district));
        var staff = fixture.Factory.ClientFor("crew-88", Roles.SanitationStaff);

        var own = await (await staff.GetAsync($"{Plans}?district={district}")).ReadAsync<Page<CleaningPlanView>>();
        var all = await (await fixture.Factory.ClientFor("operator-1", Roles.Operator).GetAsync($"{Plans}?district={district}&pageSize=1&page=2")).ReadAsync<Page<CleaningPlanView>>();

        Assert.Equal((1L, crewed), (own.Total, Assert.Single(own.Items).SegmentCode));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"{Plans}/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{Plans}/{crewed}")).StatusCode);
        Assert.Equal((2L, other), (all.Total, Assert.Single(all.Items).SegmentCode));
        Assert.Equal(["district"], await (await Supervisor.GetAsync($"{Plans}?district=4108")).RefusedFieldsAsync());
        Assert.Equal(["pageSize"], await (await Supervisor.GetAsync($"{Plans}?pageSize=101")).RefusedFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Supervisor.GetAsync($"{Plans}/{NewSegment("NONE")}")).StatusCode);
    }

    [Fact]
    public async Task The_service_document_lists_the_cleaning_endpoints()
    {
        var paths = (await (await fixture.Factory.CreateClient().GetAsync("/api/sanitation/openapi.json")).ReadJsonAsync()).GetProperty("paths");

        Assert.True(paths.TryGetProperty(Plans, out _));
        Assert.True(paths.TryGetProperty($"{Plans}/{{segmentCode}}/runs", out _));
        Assert.True(paths.TryGetProperty("/api/sanitation/cleaning-compliance", out _));
    }
}
