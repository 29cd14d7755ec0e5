using DigitalCity.Inspection.Deadlines;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class TimeLimitTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void Zero_and_negative_limits_are_rejected(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingHours(value));

        Assert.Equal("value", error.ParamName);
        Assert.Contains("must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(1, (TimeLimitUnit)42));
    }

    [Theory]
    [InlineData(TimeLimitUnit.Minutes, TimeKind.Natural)]
    [InlineData(TimeLimitUnit.Hours, TimeKind.Natural)]
    [InlineData(TimeLimitUnit.NaturalDays, TimeKind.Natural)]
    [InlineData(TimeLimitUnit.WorkingHours, TimeKind.Working)]
    [InlineData(TimeLimitUnit.WorkingDays, TimeKind.Working)]
    public void Working_units_run_on_working_time_and_the_others_on_natural_time(TimeLimitUnit unit, TimeKind kind)
    {
        Assert.Equal(kind, new TimeLimit(1, unit).Kind);
    }

    [Fact]
    public void A_working_day_measures_one_calendar_day_of_working_time_and_a_natural_day_24_hours()
    {
        var calendar = new WorkCalendar();

        Assert.Equal(TimeSpan.FromHours(14), TimeLimit.WorkingDays(2).Measure(calendar));
        Assert.Equal(TimeSpan.FromHours(24), TimeLimit.NaturalDays(1).Measure(calendar));
        Assert.Equal(TimeSpan.FromMinutes(30), TimeLimit.Minutes(30).Measure(calendar));
    }

    [Theory]
    [InlineData("4 WorkingHours", 4, TimeLimitUnit.WorkingHours)]
    [InlineData("1 workingdays", 1, TimeLimitUnit.WorkingDays)]
    [InlineData("  30   Minutes ", 30, TimeLimitUnit.Minutes)]
    public void Parse_reads_a_number_and_a_unit(string text, int value, TimeLimitUnit unit)
    {
        Assert.Equal(new TimeLimit(value, unit), TimeLimit.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("4 Weeks")]
    [InlineData("0 Hours")]
    [InlineData("-1 Hours")]
    [InlineData("2 3")]
    [InlineData("1.5 Hours")]
    [InlineData("4 WorkingHours extra")]
    public void Parse_rejects_anything_else(string text)
    {
        Assert.False(TimeLimit.TryParse(text, out _));
        Assert.Throws<FormatException>(() => TimeLimit.Parse(text));
    }

    [Fact]
    public void ToString_round_trips_through_Parse()
    {
        var limit = TimeLimit.WorkingHours(4);

        Assert.Equal("4 WorkingHours", limit.ToString());
        Assert.Equal(limit, TimeLimit.Parse(limit.ToString()));
    }
}
