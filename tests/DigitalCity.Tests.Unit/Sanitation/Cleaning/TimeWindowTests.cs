using DigitalCity.Sanitation.Cleaning.Plans;
using static DigitalCity.Tests.Unit.Sanitation.Cleaning.CleaningPlanData;

namespace DigitalCity.Tests.Unit.Sanitation.Cleaning;

public class TimeWindowTests
{
    static TimeWindow W(string text) => TimeWindow.Parse(text)!;

    [Theory]
    [InlineData("05:00-07:00", "06:00-08:00", true)]
    [InlineData("05:00-07:00", "05:30-06:30", true)]
    [InlineData("05:00-07:00", "07:00-09:00", false)]
    [InlineData("05:00-07:00", "14:00-16:00", false)]
    [InlineData("14:00-16:00", "05:00-14:01", true)]
    public void Windows_overlap_when_they_share_more_than_an_instant(string a, string b, bool overlap)
    {
        Assert.Equal(overlap, W(a).Overlaps(W(b)));
        Assert.Equal(overlap, W(b).Overlaps(W(a)));
    }

    [Theory]
    [InlineData("5:00-07:00")]
    [InlineData("05:00")]
    [InlineData("05:00-25:00")]
    [InlineData("早上")]
    [InlineData("")]
    public void Only_HH_mm_dash_HH_mm_is_a_window(string text) => Assert.Null(TimeWindow.Parse(text));

    [Fact]
    public void A_run_is_held_by_a_window_when_it_starts_and_finishes_inside_it()
    {
        var window = W("05:00-07:00");

        Assert.True(window.Holds(new TimeOnly(5, 0), new TimeOnly(7, 0)));
        Assert.False(window.Holds(new TimeOnly(4, 55), new TimeOnly(6, 0)));
        Assert.False(window.Holds(new TimeOnly(6, 30), new TimeOnly(7, 10)));
        Assert.Equal("05:00-07:00", window.ToString());
    }

    [Fact]
    public void Overlapping_windows_of_one_method_are_refused_naming_the_later_window()
    {
        var errors = Errors(Request([Sweep("05:00-07:00", "14:00-16:00", "06:30-08:00"), Wash]));

        Assert.Equal(["methods[0].windows[2]"], errors.Keys);
        Assert.Contains("overlaps 05:00-07:00", errors["methods[0].windows[2]"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("07:00-05:00")]
    [InlineData("07:00-07:00")]
    [InlineData("22:00-02:00")]
    public void Reversed_empty_and_midnight_crossing_windows_are_refused(string window)
    {
        var errors = Errors(Request([Sweep("05:00-06:00", window), Wash]));

        Assert.Contains("does not cross midnight", Assert.Single(errors["methods[0].windows[1]"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_of_different_methods_may_overlap()
    {
        var plan = Plan(Request([Sweep("05:00-07:00"), new PlanRequest.MethodInput(CleaningMethod.ManualSweep, 1, ["06:00-12:00"], ["crew-3"])]));

        Assert.Equal(2, plan.Methods.Count);
    }
}
