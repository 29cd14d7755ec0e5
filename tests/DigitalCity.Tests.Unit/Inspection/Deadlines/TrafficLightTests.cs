using DigitalCity.Inspection.Deadlines;
using static DigitalCity.Tests.Unit.Inspection.Deadlines.Jiaozuo;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class TrafficLightTests
{
    static readonly DeadlineCalculator Calculator = new(WorkCalendar.China2023());

    [Fact]
    public void Traffic_light_turns_yellow_at_80_percent()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2));

        Assert.Equal(TrafficLight.Green, Calculator.Evaluate(deadline, At(2023, 1, 16, 11, 35)).Light);
        Assert.Equal(TrafficLight.Yellow, Calculator.Evaluate(deadline, At(2023, 1, 16, 11, 36)).Light);
        Assert.Equal(TrafficLight.Yellow, Calculator.Evaluate(deadline, At(2023, 1, 16, 12)).Light);
        Assert.Equal(TrafficLight.Red, Calculator.Evaluate(deadline, At(2023, 1, 16, 12).AddTicks(1)).Light);
    }

    [Fact]
    public void Progress_gives_the_time_left_for_display()
    {
        // 暴露垃圾 reported at 08:30; at 10:20 one hour fifty is used.
        var progress = Calculator.Evaluate(new Deadline(At(2023, 1, 16, 8, 30), TimeLimit.WorkingHours(4)), At(2023, 1, 16, 10, 20));

        Assert.Equal(TimeKind.Working, progress.Kind);
        Assert.Equal(TimeSpan.FromHours(4), progress.Allowed);
        Assert.Equal(new TimeSpan(1, 50, 0), progress.Used);
        Assert.Equal(new TimeSpan(2, 10, 0), progress.Remaining);
        Assert.Equal(110.0 / 240, progress.UsedFraction, 6);
        Assert.Equal(TrafficLight.Green, progress.Light);
        Assert.Equal(At(2023, 1, 16, 15), progress.DueAt);
    }

    [Fact]
    public void A_working_limit_does_not_age_over_the_lunch_break()
    {
        var deadline = new Deadline(At(2023, 1, 16, 8, 30), TimeLimit.WorkingHours(4));

        var atNoon = Calculator.Evaluate(deadline, At(2023, 1, 16, 12));
        var beforeOpening = Calculator.Evaluate(deadline, At(2023, 1, 16, 14, 29));
        Assert.Equal(TrafficLight.Yellow, atNoon.Light);
        Assert.Equal(atNoon.Used, beforeOpening.Used);
        Assert.Equal(TimeSpan.FromMinutes(30), beforeOpening.Remaining);
    }

    [Fact]
    public void Overdue_shows_red_with_negative_time_left()
    {
        var progress = Calculator.Evaluate(new Deadline(At(2023, 1, 16, 8, 30), TimeLimit.WorkingHours(4)), At(2023, 1, 16, 15, 30));

        Assert.Equal(TrafficLight.Red, progress.Light);
        Assert.True(progress.IsOverdue);
        Assert.Equal(TimeSpan.FromMinutes(-30), progress.Remaining);
        Assert.Equal(1.125, progress.UsedFraction, 6);
    }

    [Fact]
    public void Extension_enlarges_the_limit_the_light_is_measured_against()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2));
        var now = At(2023, 1, 16, 11, 45);

        Assert.Equal(TrafficLight.Yellow, Calculator.Evaluate(deadline, now).Light);
        Assert.Equal(TrafficLight.Green, Calculator.Evaluate(deadline.Extend(TimeLimit.Hours(1)), now).Light);
    }

    [Fact]
    public void Suspended_time_is_not_counted_as_used()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2)).Suspend(At(2023, 1, 16, 10, 30));

        var progress = Calculator.Evaluate(deadline, At(2023, 1, 16, 11, 45));
        Assert.True(progress.IsSuspended);
        Assert.Equal(TimeSpan.FromMinutes(30), progress.Used);
        Assert.Equal(TrafficLight.Green, progress.Light);

        var resumed = Calculator.Evaluate(deadline.Resume(At(2023, 1, 16, 11, 30)), At(2023, 1, 16, 11, 45));
        Assert.False(resumed.IsSuspended);
        Assert.Equal(TimeSpan.FromMinutes(45), resumed.Used);
    }

    [Fact]
    public void Before_the_start_nothing_is_used()
    {
        var progress = Calculator.Evaluate(new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2)), At(2023, 1, 16, 9));

        Assert.Equal(TimeSpan.Zero, progress.Used);
        Assert.Equal(TrafficLight.Green, progress.Light);
    }

    [Theory]
    [InlineData(16, 16, 0, TimeLimitUnit.WorkingHours, 2)]
    [InlineData(13, 15, 0, TimeLimitUnit.WorkingHours, 4)]
    [InlineData(16, 8, 30, TimeLimitUnit.WorkingDays, 1)]
    [InlineData(20, 15, 0, TimeLimitUnit.WorkingDays, 1)]
    [InlineData(21, 23, 0, TimeLimitUnit.Hours, 2)]
    public void The_light_is_yellow_at_the_due_instant_and_red_just_after_it(int day, int hour, int minute, TimeLimitUnit unit, int value)
    {
        var deadline = new Deadline(At(2023, 1, day, hour, minute), new TimeLimit(value, unit));
        var due = Calculator.DueAt(deadline, deadline.Start);

        Assert.Equal(TrafficLight.Yellow, Calculator.Evaluate(deadline, due).Light);
        Assert.Equal(TrafficLight.Red, Calculator.Evaluate(deadline, due.AddSeconds(1)).Light);
    }

    [Theory]
    [InlineData(79, TrafficLight.Green)]
    [InlineData(80, TrafficLight.Yellow)]
    [InlineData(100, TrafficLight.Yellow)]
    [InlineData(101, TrafficLight.Red)]
    public void Thresholds_are_80_and_100_percent(int percentUsed, TrafficLight expected)
    {
        Assert.Equal(expected, TrafficLights.For(TimeSpan.FromMinutes(percentUsed), TimeSpan.FromMinutes(100)));
    }

    [Fact]
    public void A_light_needs_a_positive_limit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrafficLights.For(TimeSpan.Zero, TimeSpan.Zero));
    }
}
