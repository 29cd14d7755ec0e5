using DigitalCity.Inspection.Deadlines;
using static DigitalCity.Tests.Unit.Inspection.Deadlines.Jiaozuo;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class AddWorkingDaysTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.China2023();

    [Fact]
    public void One_working_day_keeps_the_time_of_day()
    {
        Assert.Equal(At(2023, 1, 17, 10, 15), Calendar.AddWorkingDays(At(2023, 1, 16, 10, 15), 1));
    }

    [Theory]
    [InlineData(1, 28)]
    [InlineData(2, 29)]
    [InlineData(3, 30)]
    public void Working_days_from_the_Friday_before_Spring_Festival_skip_the_break_and_count_the_make_up_weekend(int days, int expectedDay)
    {
        Assert.Equal(At(2023, 1, expectedDay, 15), Calendar.AddWorkingDays(At(2023, 1, 20, 15), days));
    }

    [Fact]
    public void A_start_inside_the_lunch_break_counts_from_the_afternoon_opening()
    {
        Assert.Equal(At(2023, 1, 17, 14, 30), Calendar.AddWorkingDays(At(2023, 1, 16, 12, 30), 1));
    }

    [Fact]
    public void A_start_after_closing_counts_from_the_next_morning()
    {
        Assert.Equal(At(2023, 1, 18, 8, 30), Calendar.AddWorkingDays(At(2023, 1, 16, 19), 1));
    }

    [Fact]
    public void A_start_on_a_holiday_counts_from_the_next_working_day()
    {
        Assert.Equal(At(2023, 1, 4, 8, 30), Calendar.AddWorkingDays(At(2023, 1, 2, 10), 1));
    }

    [Fact]
    public void Zero_days_is_the_next_working_instant_and_negative_days_are_rejected()
    {
        Assert.Equal(At(2023, 1, 16, 8, 30), Calendar.AddWorkingDays(At(2023, 1, 15, 10), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(At(2023, 1, 16, 10), -1));
    }

    [Theory]
    [InlineData(16, 8, 30, 1)]
    [InlineData(16, 12, 30, 2)]
    [InlineData(20, 17, 0, 3)]
    [InlineData(22, 9, 0, 5)]
    public void Working_days_are_worth_whole_days_of_working_time(int day, int hour, int minute, int days)
    {
        var start = At(2023, 1, day, hour, minute);

        Assert.Equal(Calendar.WorkingTimePerDay * days, Calendar.WorkingTimeBetween(start, Calendar.AddWorkingDays(start, days)));
    }
}
