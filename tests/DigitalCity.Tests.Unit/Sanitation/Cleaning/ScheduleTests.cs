using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.ServiceDefaults.Domain;
using static DigitalCity.Tests.Unit.Sanitation.Cleaning.CleaningPlanData;

namespace DigitalCity.Tests.Unit.Sanitation.Cleaning;

public class ScheduleTests
{
    [Theory]
    [InlineData("2023-01-21")]
    [InlineData("2023-01-24")]
    [InlineData("2023-01-27")]
    public void On_a_day_inside_the_override_its_methods_run_as_it_says(string day)
    {
        var schedule = Plan().ScheduleOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("春节", schedule.Override?.Name);
        var sweep = schedule.Method(CleaningMethod.MachineSweep)!;
        Assert.Equal((4, true), (sweep.RunsPerDay, sweep.Overridden));
        Assert.Equal(["05:00-08:00", "11:00-13:00", "14:00-17:00", "19:00-21:00"], sweep.Windows.Select(w => w.ToString()));
        var wash = schedule.Method(CleaningMethod.Wash)!;
        Assert.Equal((1, false), (wash.RunsPerDay, wash.Overridden));
    }

    [Theory]
    [InlineData("2023-01-20")]
    [InlineData("2023-01-28")]
    public void Outside_every_override_the_base_plan_applies(string day)
    {
        var schedule = Plan().ScheduleOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(schedule.Override);
        Assert.Equal("base plan", schedule.Source);
        Assert.Equal(2, schedule.Method(CleaningMethod.MachineSweep)!.RunsPerDay);
    }

    [Fact]
    public void Of_two_overrides_the_one_covering_the_day_applies()
    {
        var national = Festival(new DateOnly(2023, 10, 1), new DateOnly(2023, 10, 6)) with { Name = "国庆" };
        var plan = Plan(Request(overrides: [national, Festival()]));

        Assert.Equal("春节", plan.ScheduleOn(new DateOnly(2023, 1, 22)).Override?.Name);
        Assert.Equal("国庆", plan.ScheduleOn(new DateOnly(2023, 10, 1)).Override?.Name);
        Assert.Equal(["春节", "国庆"], plan.Overrides.Select(o => o.Name));
    }

    [Fact]
    public void A_revision_from_a_stale_version_conflicts_and_a_current_one_raises_the_next_version()
    {
        var plan = Plan();
        plan.MarkPersisted(1);
        var errors = new DigitalCity.ServiceDefaults.Http.ValidationErrors();
        var spec = Request([Sweep() with { RunsPerDay = 3 }, Wash]).Read(errors)!;

        Assert.Throws<ConcurrencyConflictException>(() => plan.Revise(spec, 0, "supervisor-2", TestData.Clock()));
        plan.Revise(spec, 1, "supervisor-2", TestData.Clock());

        Assert.Equal((3, "supervisor-2"), (plan.Method(CleaningMethod.MachineSweep)!.RunsPerDay, plan.SetBy));
        Assert.Equal(2L, Assert.IsType<DigitalCity.Contracts.Sanitation.CleaningPlanSet>(Assert.Single(plan.PendingEvents())).Version);
    }
}
