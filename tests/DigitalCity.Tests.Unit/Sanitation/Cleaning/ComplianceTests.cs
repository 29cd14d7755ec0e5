using System.Globalization;
using DigitalCity.Sanitation.Cleaning.Compliance;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;
using static DigitalCity.Tests.Unit.Sanitation.Cleaning.CleaningPlanData;

namespace DigitalCity.Tests.Unit.Sanitation.Cleaning;

public class ComplianceTests
{
    static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    static readonly DateOnly NewYearsDay = new(2023, 1, 22);
    static readonly DateOnly Workday = new(2023, 1, 30);

    readonly CleaningPlan _plan = Plan();

    /// <summary>A run on <paramref name="day"/> between two city-local times (<c>HH:mm</c>); a finish before the start is the next day's.</summary>
    CleaningRun Run(CleaningMethod method, DateOnly day, string from, string to)
    {
        var start = At(day, from);
        var finish = At(day, to);
        if (finish <= start)
        {
            finish = finish.AddDays(1);
        }

        return CleaningRun.Record(_plan, method, start, finish, day, null, [], "crew-1", null, TestData.Clock());
    }

    static DateTimeOffset At(DateOnly day, string time) =>
        new(day.ToDateTime(TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture)), TimeSpan.FromHours(8));

    DayCompliance On(DateOnly day, params CleaningRun[] runs) => CleaningCompliance.Of(_plan, day, runs, Shanghai);

    [Fact]
    public void A_normal_day_counts_runs_inside_windows_against_the_base_plan()
    {
        var figure = On(Workday,
            Run(CleaningMethod.MachineSweep, Workday, "05:10", "06:40"),
            Run(CleaningMethod.MachineSweep, Workday, "09:00", "10:00"),
            Run(CleaningMethod.Wash, Workday, "04:00", "04:50"));

        Assert.Equal("base plan", figure.AppliedSchedule);
        Assert.Null(figure.OverrideName);
        var sweep = figure.Methods.Single(m => m.Method == CleaningMethod.MachineSweep);
        Assert.Equal((2, 1, 1, 1, false), (sweep.Required, sweep.InWindow, sweep.OutsideWindow, sweep.Counted, sweep.Overridden));
        Assert.Equal((3, 2, 0.6667), (figure.Required, figure.Counted, figure.Compliance));
        Assert.Contains("(1 outside windows)", figure.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_Spring_Festival_day_the_override_raises_what_is_required()
    {
        CleaningRun[] twoSweepsAndAWash =
        [
            Run(CleaningMethod.MachineSweep, NewYearsDay, "05:10", "06:40"),
            Run(CleaningMethod.MachineSweep, NewYearsDay, "14:10", "15:40"),
            Run(CleaningMethod.Wash, NewYearsDay, "04:00", "04:50"),
        ];

        var festival = On(NewYearsDay, twoSweepsAndAWash);

        Assert.Equal(("春节", "override 春节 2023-01-21..2023-01-27"), (festival.OverrideName, festival.AppliedSchedule));
        Assert.Equal((5, 3, 0.6), (festival.Required, festival.Counted, festival.Compliance));
        Assert.StartsWith("override 春节 2023-01-21..2023-01-27: MachineSweep 2 of 4 required", festival.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("=> 3/5 = 60 %", festival.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_in_an_override_window_counts_only_on_the_override_day()
    {
        // 19:00-21:00 is a window of the festival's machine sweeping only.
        var evening = On(NewYearsDay, Run(CleaningMethod.MachineSweep, NewYearsDay, "19:30", "20:30"));
        var workdayEvening = On(Workday, Run(CleaningMethod.MachineSweep, Workday, "19:30", "20:30"));

        Assert.Equal(1, evening.Methods[0].InWindow);
        Assert.Equal((0, 1), (workdayEvening.Methods[0].InWindow, workdayEvening.Methods[0].OutsideWindow));
    }

    [Fact]
    public void Runs_beyond_those_required_do_not_lift_the_figure_above_one_method_short()
    {
        var figure = On(Workday,
            Run(CleaningMethod.MachineSweep, Workday, "05:00", "05:30"),
            Run(CleaningMethod.MachineSweep, Workday, "05:40", "06:10"),
            Run(CleaningMethod.MachineSweep, Workday, "14:00", "15:00"));

        var sweep = figure.Methods.Single(m => m.Method == CleaningMethod.MachineSweep);
        Assert.Equal((3, 2), (sweep.InWindow, sweep.Counted));
        Assert.Equal((2, 0.6667), (figure.Counted, figure.Compliance));
        Assert.Contains("(1 more not counted)", figure.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_run_required_done_in_window_is_full_compliance_and_none_is_zero()
    {
        var full = On(Workday,
            Run(CleaningMethod.MachineSweep, Workday, "05:00", "07:00"),
            Run(CleaningMethod.MachineSweep, Workday, "14:00", "16:00"),
            Run(CleaningMethod.Wash, Workday, "04:00", "05:00"));

        Assert.Equal(1.0, full.Compliance);
        Assert.Equal(0.0, On(Workday).Compliance);
    }

    [Fact]
    public void A_run_into_the_next_day_and_a_run_of_another_day_are_outside_every_window()
    {
        var overnight = Run(CleaningMethod.Wash, Workday, "23:30", "04:30");
        var yesterday = Run(CleaningMethod.Wash, Workday.AddDays(-1), "04:00", "04:30");

        var figure = On(Workday, overnight, yesterday);

        var wash = figure.Methods.Single(m => m.Method == CleaningMethod.Wash);
        Assert.Equal((0, 1), (wash.InWindow, wash.OutsideWindow));
    }
}
