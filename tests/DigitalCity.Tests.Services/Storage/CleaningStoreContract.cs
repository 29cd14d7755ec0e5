using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;
using DigitalCity.Sanitation.Cleaning.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.Extensions.Time.Testing;
using static DigitalCity.Tests.Services.Sanitation.Cleaning.CleaningRequests;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="ICleaningStore"/> must do.</summary>
public abstract class CleaningStoreContract
{
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 1, 30, 2, 0, 0, TimeSpan.Zero));

    protected abstract ICleaningStore Store { get; }

    CleaningPlan NewPlan(string segment, string district = "410802", PlanRequest? request = null)
    {
        var errors = new ValidationErrors();
        var spec = (request ?? RenminRoad(segment, district)).Read(errors);
        Assert.False(errors.Any);
        return CleaningPlan.Create(spec!, "supervisor-1", _time);
    }

    CleaningRun NewRun(CleaningPlan plan, DateOnly day, int hour, string? key = null) =>
        CleaningRun.Record(plan, CleaningMethod.MachineSweep, At(day, hour), At(day, hour, 50), day, null, ["run.jpg"], "crew-1",
            key is null ? null : new IdempotencyStamp($"crew-1|{key}", "f"), _time);

    [Fact]
    public async Task A_plan_round_trips_by_segment_code_and_a_stale_save_conflicts()
    {
        var plan = NewPlan("JF-RMR-01");
        await Store.SavePlanAsync(plan, default);

        var loaded = (await Store.FindPlanAsync("JF-RMR-01", default))!;
        Assert.Equal((plan.Id, 1L, "人民路", RoadGrade.First), (loaded.Id, loaded.Version, loaded.RoadName, loaded.Grade));
        Assert.Equal(["05:00-07:00", "14:00-16:00"], loaded.Method(CleaningMethod.MachineSweep)!.Windows.Select(w => w.ToString()));
        Assert.Equal(["crew-1"], loaded.Method(CleaningMethod.MachineSweep)!.Crew);
        var festival = Assert.Single(loaded.Overrides);
        Assert.Equal(("春节", new DateOnly(2023, 1, 21), 4), (festival.Name, festival.From, loaded.ScheduleOn(NewYearsDay).Method(CleaningMethod.MachineSweep)!.RunsPerDay));
        Assert.Equal(["crew-1", "crew-2", "crew-3"], loaded.CrewIds);
        Assert.Null(await Store.FindPlanAsync("JF-RMR-02", default));

        var stale = (await Store.FindPlanAsync("JF-RMR-01", default))!;
        var spec = RenminRoad("JF-RMR-01").Read(new ValidationErrors())!;
        loaded.Revise(spec, 1, "supervisor-2", _time);
        await Store.SavePlanAsync(loaded, default);
        stale.Revise(spec, 1, "supervisor-3", _time);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SavePlanAsync(stale, default));
        Assert.Equal((2L, "supervisor-2"), ((await Store.FindPlanAsync("JF-RMR-01", default))!.Version, (await Store.FindPlanAsync("JF-RMR-01", default))!.SetBy));
    }

    [Fact]
    public async Task A_second_plan_of_a_segment_is_a_duplicate()
    {
        await Store.SavePlanAsync(NewPlan("JF-RMR-01"), default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SavePlanAsync(NewPlan("JF-RMR-01"), default));
    }

    [Fact]
    public async Task Plans_are_listed_by_segment_code_by_district_and_crew_member()
    {
        var solo = RenminRoad("SY-B") with { DistrictCode = "410811", Methods = [new(CleaningMethod.Wash, 1, ["04:00-05:00"], ["crew-9"])], Overrides = [] };
        await Store.SavePlanAsync(NewPlan("SY-C", "410811"), default);
        await Store.SavePlanAsync(NewPlan("JF-A"), default);
        await Store.SavePlanAsync(NewPlan("SY-B", request: solo), default);

        Assert.Equal(["JF-A", "SY-B", "SY-C"], (await Store.ListPlansAsync(new PlanFilter(), 0, 10, default)).Select(p => p.SegmentCode));
        Assert.Equal(["SY-C"], (await Store.ListPlansAsync(new PlanFilter("410811"), 1, 10, default)).Select(p => p.SegmentCode));
        Assert.Equal(["SY-B"], (await Store.ListPlansAsync(new PlanFilter(CrewMember: "crew-9"), 0, 10, default)).Select(p => p.SegmentCode));
        Assert.Equal(["JF-A", "SY-C"], (await Store.ListPlansAsync(new PlanFilter(CrewMember: "crew-1"), 0, 10, default)).Select(p => p.SegmentCode));
        Assert.Equal(2, await Store.CountPlansAsync(new PlanFilter("410811"), default));
        Assert.Equal(1, await Store.CountPlansAsync(new PlanFilter("410811", "crew-3"), default));
        Assert.Equal(0, await Store.CountPlansAsync(new PlanFilter("410802", "crew-9"), default));
    }

    [Fact]
    public async Task Runs_are_found_by_segments_and_days_in_order_of_start_and_a_taken_key_is_a_duplicate()
    {
        var renmin = NewPlan("JF-RMR-01");
        var tanan = NewPlan("SY-TNL-01", "410811");
        await Store.SavePlanAsync(renmin, default);
        await Store.SavePlanAsync(tanan, default);
        var late = NewRun(renmin, Workday, 14, "k-1");
        await Store.SaveRunAsync(late, default);
        await Store.SaveRunAsync(NewRun(renmin, Workday, 5), default);
        await Store.SaveRunAsync(NewRun(renmin, Workday.AddDays(1), 5), default);
        await Store.SaveRunAsync(NewRun(tanan, Workday, 6), default);

        var day = await Store.ListRunsAsync(["JF-RMR-01"], Workday, Workday, default);
        Assert.Equal([5, 14], day.Select(r => r.StartedAt.ToOffset(TimeSpan.FromHours(8)).Hour));
        Assert.Equal(4, (await Store.ListRunsAsync(["JF-RMR-01", "SY-TNL-01"], Workday, Workday.AddDays(1), default)).Count);
        Assert.Empty(await Store.ListRunsAsync([], Workday, Workday, default));
        var found = (await Store.FindRunByIdempotencyKeyAsync("crew-1|k-1", default))!;
        Assert.Equal((late.Id, Workday, CleaningMethod.MachineSweep, "JF-RMR-01"), (found.Id, found.Day, found.Method, found.SegmentCode));
        Assert.Equal(["run.jpg"], found.PhotoRefs);
        Assert.Null(await Store.FindRunByIdempotencyKeyAsync("crew-2|k-1", default));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveRunAsync(NewRun(renmin, Workday, 16, "k-1"), default));
    }
}
