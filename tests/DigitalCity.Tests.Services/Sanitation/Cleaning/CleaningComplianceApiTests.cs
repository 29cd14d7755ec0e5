using System.Net;
using DigitalCity.Sanitation.Cleaning.Compliance;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Sanitation.Cleaning.CleaningRequests;

namespace DigitalCity.Tests.Services.Sanitation.Cleaning;

/// <summary>
/// Plan compliance per road and city day: the same day's work measured on 正月初一 (2023-01-22), when the
/// Spring Festival override asks for more runs in longer windows, and on an ordinary working day.
/// </summary>
public sealed class CleaningComplianceApiTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    const string Compliance = "/api/sanitation/cleaning-compliance";

    HttpClient Supervisor => fixture.Factory.ClientFor("supervisor-1", Roles.SanitationSupervisor);

    HttpClient Crew(string userId) => fixture.Factory.ClientFor(userId, Roles.SanitationStaff);

    /// <summary>Three machine sweeps (the last in the evening), one wash, two manual sweeps.</summary>
    async Task WorkAsync(string segment, DateOnly day)
    {
        HttpResponseMessage[] responses =
        [
            await Crew("crew-1").RecordRunAsync(segment, CleaningMethod.MachineSweep, At(day, 5, 10), At(day, 6, 40)),
            await Crew("crew-1").RecordRunAsync(segment, CleaningMethod.MachineSweep, At(day, 14, 10), At(day, 15, 40)),
            await Crew("crew-1").RecordRunAsync(segment, CleaningMethod.MachineSweep, At(day, 19, 10), At(day, 20, 10)),
            await Crew("crew-2").RecordRunAsync(segment, CleaningMethod.Wash, At(day, 4), At(day, 4, 50)),
            await Crew("crew-3").RecordRunAsync(segment, CleaningMethod.ManualSweep, At(day, 7), At(day, 11)),
            await Crew("crew-3").RecordRunAsync(segment, CleaningMethod.ManualSweep, At(day, 13), At(day, 17)),
        ];
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
    }

    [Fact]
    public async Task The_Spring_Festival_override_raises_the_runs_required_and_the_same_work_complies_less_than_on_a_workday()
    {
        const string district = "410821";
        var segment = NewSegment("XW-RMR");
        await Supervisor.CreatePlanAsync(RenminRoad(segment, district));
        await WorkAsync(segment, NewYearsDay);
        await WorkAsync(segment, Workday);

        var festival = Assert.Single((await (await Supervisor.GetAsync($"{Compliance}?district={district}&from=2023-01-22&to=2023-01-22")).ReadAsync<Page<DayCompliance>>()).Items);
        var workday = Assert.Single((await (await Supervisor.GetAsync($"{Compliance}?district={district}&from=2023-01-30&to=2023-01-30")).ReadAsync<Page<DayCompliance>>()).Items);

        // 正月初一: machine sweeping 3 of 4 (19:10 lies in the festival's evening window), washing 1 of 1, manual 2 of 3.
        Assert.Equal(("春节", "override 春节 2023-01-21..2023-01-27", 1L), (festival.OverrideName, festival.AppliedSchedule, festival.PlanVersion));
        var sweep = festival.Methods.Single(m => m.Method == CleaningMethod.MachineSweep);
        Assert.Equal((4, 3, 0, 3, true), (sweep.Required, sweep.InWindow, sweep.OutsideWindow, sweep.Counted, sweep.Overridden));
        Assert.Equal((8, 6, 0.75), (festival.Required, festival.Counted, festival.Compliance));
        Assert.Contains("MachineSweep 3 of 4 required", festival.Explanation, StringComparison.Ordinal);

        // A workday: the base plan's 2 machine sweeps are done (the evening one is outside its windows), 1 wash, 2 manual.
        Assert.Equal(("base plan", null), (workday.AppliedSchedule, workday.OverrideName));
        var workdaySweep = workday.Methods.Single(m => m.Method == CleaningMethod.MachineSweep);
        Assert.Equal((2, 2, 1, 2, false), (workdaySweep.Required, workdaySweep.InWindow, workdaySweep.OutsideWindow, workdaySweep.Counted, workdaySweep.Overridden));
        Assert.Equal((5, 5, 1.0), (workday.Required, workday.Counted, workday.Compliance));
    }

    [Fact]
    public async Task Rows_run_segment_by_segment_and_day_by_day_and_are_paged()
    {
        const string district = "410822";
        var first = NewSegment("BA-A");
        var second = NewSegment("BA-B");
        await Supervisor.CreatePlanAsync(RenminRoad(first, district));
        await Supervisor.CreatePlanAsync(RenminRoad(second, district));
        await Crew("crew-2").RecordRunAsync(second, CleaningMethod.Wash, At(new DateOnly(2023, 1, 23), 4), At(new DateOnly(2023, 1, 23), 4, 40));

        var page = await (await Supervisor.GetAsync($"{Compliance}?district={district}&from=2023-01-21&to=2023-01-23&page=2&pageSize=4")).ReadAsync<Page<DayCompliance>>();

        Assert.Equal(6, page.Total);
        Assert.Equal([(second, new DateOnly(2023, 1, 22)), (second, new DateOnly(2023, 1, 23))], page.Items.Select(r => (r.SegmentCode, r.Day)));
        Assert.Equal((0, 1), (page.Items[0].Counted, page.Items[1].Counted));
        var beyond = await (await Supervisor.GetAsync($"{Compliance}?district={district}&from=2023-01-21&to=2023-01-23&page=3&pageSize=4")).ReadAsync<Page<DayCompliance>>();
        Assert.Equal((6L, 0), (beyond.Total, beyond.Items.Count));
    }

    [Fact]
    public async Task Staff_see_the_figures_of_the_segments_they_crew_and_the_centres_see_all()
    {
        const string district = "410823";
        var own = NewSegment("WZ-A");
        await Supervisor.CreatePlanAsync(RenminRoad(own, district) with { Methods = [new(CleaningMethod.Wash, 1, ["04:00-05:00"], ["crew-77"])], Overrides = [] });
        await Supervisor.CreatePlanAsync(RenminRoad(NewSegment("WZ-B"), district));

        var mine = await (await Crew("crew-77").GetAsync($"{Compliance}?district={district}&from=2023-01-30&to=2023-01-31")).ReadAsync<Page<DayCompliance>>();
        var all = await (await fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher).GetAsync($"{Compliance}?district={district}&from=2023-01-30&to=2023-01-31")).ReadAsync<Page<DayCompliance>>();

        Assert.Equal(2, mine.Total);
        Assert.All(mine.Items, r => Assert.Equal(own, r.SegmentCode));
        Assert.Equal(4, all.Total);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().GetAsync($"{Compliance}?from=2023-01-30&to=2023-01-31")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Factory.ClientFor("editor-1", Roles.PublicityEditor).GetAsync($"{Compliance}?from=2023-01-30&to=2023-01-31")).StatusCode);
    }

    [Theory]
    [InlineData("from=2023-01-31&to=2023-01-30", "to")]
    [InlineData("from=2023-01-01&to=2023-04-04", "to")]
    [InlineData("to=2023-01-30", "from")]
    [InlineData("from=2023-01-30&to=2023-01-30&district=41", "district")]
    [InlineData("from=2023-01-30&to=2023-01-30&pageSize=101", "pageSize")]
    public async Task A_bad_period_district_or_page_is_refused_naming_it(string query, string field)
    {
        Assert.Equal([field], await (await Supervisor.GetAsync($"{Compliance}?{query}")).RefusedFieldsAsync());
    }

    [Fact]
    public async Task A_period_of_93_days_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await Supervisor.GetAsync($"{Compliance}?district=410825&from=2023-01-01&to=2023-04-03")).StatusCode);
    }
}
