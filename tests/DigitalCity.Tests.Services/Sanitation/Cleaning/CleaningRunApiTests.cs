using System.Net;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Sanitation.Cleaning.CleaningRequests;

namespace DigitalCity.Tests.Services.Sanitation.Cleaning;

/// <summary>Staff record work on their own routes: runs of the methods whose crew they are in, once per Idempotency-Key.</summary>
public sealed class CleaningRunApiTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    HttpClient Crew(string userId) => fixture.Factory.ClientFor(userId, Roles.SanitationStaff);

    async Task<string> PlanAsync()
    {
        var segment = NewSegment("SY-TNL");
        await fixture.Factory.ClientFor("supervisor-1", Roles.SanitationSupervisor).CreatePlanAsync(RenminRoad(segment, "410811") with { RoadName = "塔南路" });
        return segment;
    }

    [Fact]
    public async Task A_crew_member_records_a_run_and_CleaningRunRecorded_is_published()
    {
        var segment = await PlanAsync();

        var response = await Crew("crew-1").RecordRunAsync(segment, CleaningMethod.MachineSweep, At(Workday, 5, 10), At(Workday, 6, 40), photoRefs: ["sweep/after.jpg"]);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await response.ReadAsync<CleaningRunView>();
        Assert.Equal((segment, CleaningMethod.MachineSweep, Workday, "05:00-07:00", "crew-1"), (run.SegmentCode, run.Method, run.Day, run.Window, run.RecordedBy));
        Assert.Equal(["sweep/after.jpg"], run.PhotoRefs);
        var recorded = (await fixture.Factory.Harness.PublishedAsync<CleaningRunRecorded>(m => m.RunId == run.Id)).Context.Message;
        Assert.Equal((segment, "410811", "MachineSweep", true, Workday), (recorded.SegmentCode, recorded.DistrictCode, recorded.Method, recorded.InWindow, recorded.Day));
        Assert.Equal(At(Workday, 5, 10), recorded.StartedAt);
    }

    [Fact]
    public async Task Staff_outside_the_methods_crew_are_forbidden()
    {
        var segment = await PlanAsync();

        var washer = await Crew("crew-2").RecordRunAsync(segment, CleaningMethod.MachineSweep, At(Workday, 5, 10), At(Workday, 6, 40));
        var stranger = await Crew("crew-99").RecordRunAsync(segment, CleaningMethod.Wash, At(Workday, 4, 0), At(Workday, 4, 50));
        var supervisor = await fixture.Factory.ClientFor("supervisor-1", Roles.SanitationSupervisor).RecordRunAsync(segment, CleaningMethod.Wash, At(Workday, 4, 0), At(Workday, 4, 50));

        Assert.Equal(HttpStatusCode.Forbidden, washer.StatusCode);
        Assert.Contains("MachineSweep crew", (await washer.ReadJsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().RecordRunAsync(segment, CleaningMethod.Wash, At(Workday, 4, 0), At(Workday, 4, 50))).StatusCode);
        var day = await (await Crew("crew-2").GetAsync($"{Plans}/{segment}/runs?day=2023-01-30")).ReadAsync<ListRuns.RunsOfDay>();
        Assert.Empty(day.Runs);
    }

    [Fact]
    public async Task Runs_in_the_future_reversed_or_longer_than_a_day_are_refused()
    {
        var segment = await PlanAsync();
        var crew = Crew("crew-1");
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(["finishedAt"], await (await crew.RecordRunAsync(segment, CleaningMethod.MachineSweep, now.AddMinutes(30), now.AddHours(1))).RefusedFieldsAsync());
        Assert.Equal(["finishedAt"], await (await crew.RecordRunAsync(segment, CleaningMethod.MachineSweep, At(Workday, 6), At(Workday, 5))).RefusedFieldsAsync());
        Assert.Equal(["finishedAt"], await (await crew.RecordRunAsync(segment, CleaningMethod.MachineSweep, At(Workday, 5), At(Workday.AddDays(1), 5, 1))).RefusedFieldsAsync());
        Assert.Equal(["photoRefs"], await (await crew.RecordRunAsync(segment, CleaningMethod.MachineSweep, At(Workday, 5), At(Workday, 6), photoRefs: ["../etc/passwd"])).RefusedFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await crew.RecordRunAsync(NewSegment("NONE"), CleaningMethod.Wash, At(Workday, 4), At(Workday, 5))).StatusCode);
    }

    [Fact]
    public async Task A_method_the_plan_lacks_is_refused()
    {
        var segment = NewSegment("SY-JFL");
        await fixture.Factory.ClientFor("supervisor-1", Roles.SanitationSupervisor).CreatePlanAsync(
            RenminRoad(segment) with { Methods = [new(CleaningMethod.Wash, 1, ["04:00-05:00"], ["crew-1"])], Overrides = [] });

        var response = await Crew("crew-1").RecordRunAsync(segment, CleaningMethod.MachineSweep, At(Workday, 5), At(Workday, 6));

        Assert.Equal(["method"], await response.RefusedFieldsAsync());
    }

    [Fact]
    public async Task A_retried_submission_is_recorded_once_and_a_reused_key_for_another_run_is_refused()
    {
        var segment = await PlanAsync();
        var crew = Crew("crew-3");
        var key = Guid.NewGuid().ToString();

        var first = await crew.RecordRunAsync(segment, CleaningMethod.ManualSweep, At(Workday, 7), At(Workday, 11), key);
        var retry = await crew.RecordRunAsync(segment, CleaningMethod.ManualSweep, At(Workday, 7), At(Workday, 11), key);
        var reused = await crew.RecordRunAsync(segment, CleaningMethod.ManualSweep, At(Workday, 13), At(Workday, 17), key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal("true", retry.Headers.GetValues(IdempotentReplay.ReplayedHeader).Single());
        var run = await first.ReadAsync<CleaningRunView>();
        Assert.Equal(run.Id, (await retry.ReadAsync<CleaningRunView>()).Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var day = await (await crew.GetAsync($"{Plans}/{segment}/runs?day=2023-01-30")).ReadAsync<ListRuns.RunsOfDay>();
        Assert.Equal(run.Id, Assert.Single(day.Runs).Id);
        await fixture.Factory.Harness.PublishedAsync<CleaningRunRecorded>(m => m.SegmentCode == segment);
        Assert.Single(fixture.Factory.Harness.PublishedNow<CleaningRunRecorded>(m => m.SegmentCode == segment));
    }

    [Fact]
    public async Task A_days_runs_show_the_window_each_lay_in_and_the_days_figure()
    {
        var segment = await PlanAsync();
        await Crew("crew-1").RecordRunAsync(segment, CleaningMethod.MachineSweep, At(Workday, 5, 10), At(Workday, 6, 40));
        await Crew("crew-1").RecordRunAsync(segment, CleaningMethod.MachineSweep, At(Workday, 9), At(Workday, 10));

        var day = await (await fixture.Factory.ClientFor("lead-1", Roles.ShiftLead).GetAsync($"{Plans}/{segment}/runs?day=2023-01-30")).ReadAsync<ListRuns.RunsOfDay>();

        Assert.Equal(["05:00-07:00", null], day.Runs.Select(r => r.Window));
        var sweep = day.Compliance.Methods.Single(m => m.Method == CleaningMethod.MachineSweep);
        Assert.Equal((2, 1, 1), (sweep.Required, sweep.InWindow, sweep.OutsideWindow));
        Assert.Equal((5, 1), (day.Compliance.Required, day.Compliance.Counted));
        Assert.Equal(HttpStatusCode.Forbidden, (await Crew("crew-99").GetAsync($"{Plans}/{segment}/runs?day=2023-01-30")).StatusCode);
    }
}
