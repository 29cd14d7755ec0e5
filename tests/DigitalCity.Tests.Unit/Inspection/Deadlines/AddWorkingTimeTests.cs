using DigitalCity.Inspection.Deadlines;
using static DigitalCity.Tests.Unit.Inspection.Deadlines.Jiaozuo;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class AddWorkingTimeTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.China2023();

    [Fact]
    public void Four_working_hours_from_Friday_afternoon_end_on_Monday_morning()
    {
        // Friday 13 January 15:00 in Jiaozuo; three hours that day, one on Monday from 08:30.
        var end = Calendar.AddWorkingTime(new DateTimeOffset(2023, 1, 13, 7, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(4));

        Assert.Equal(new DateTimeOffset(2023, 1, 16, 1, 30, 0, TimeSpan.Zero), end);
        Assert.Equal(TimeSpan.Zero, end.Offset);
    }

    [Fact]
    public void Four_working_hours_from_the_Friday_before_Spring_Festival_end_on_the_make_up_Saturday()
    {
        Assert.Equal(At(2023, 1, 28, 9, 30), Calendar.AddWorkingTime(At(2023, 1, 20, 15), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void A_start_inside_the_lunch_break_counts_from_the_afternoon_window()
    {
        Assert.Equal(At(2023, 1, 16, 16, 30), Calendar.AddWorkingTime(At(2023, 1, 16, 12, 40), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_start_before_opening_counts_from_08_30()
    {
        Assert.Equal(At(2023, 1, 16, 10, 30), Calendar.AddWorkingTime(At(2023, 1, 16, 7), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_start_on_a_holiday_counts_from_the_next_working_day()
    {
        Assert.Equal(At(2023, 1, 3, 10, 30), Calendar.AddWorkingTime(At(2023, 1, 2, 10), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Time_used_up_exactly_at_noon_ends_at_noon()
    {
        Assert.Equal(At(2023, 1, 16, 12), Calendar.AddWorkingTime(At(2023, 1, 16, 8, 30), TimeSpan.FromHours(3.5)));
    }

    [Fact]
    public void Negative_working_time_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingTime(At(2023, 1, 16, 10), TimeSpan.FromMinutes(-1)));
    }

    [Theory]
    [InlineData(13, 15, 0, 240)]
    [InlineData(16, 12, 40, 125)]
    [InlineData(20, 17, 59, 600)]
    [InlineData(21, 10, 0, 2100)]
    public void Working_time_between_the_start_and_the_result_is_the_amount_added(int day, int hour, int minute, int minutes)
    {
        var start = At(2023, 1, day, hour, minute);
        var amount = TimeSpan.FromMinutes(minutes);

        Assert.Equal(amount, Calendar.WorkingTimeBetween(start, Calendar.AddWorkingTime(start, amount)));
    }
}
