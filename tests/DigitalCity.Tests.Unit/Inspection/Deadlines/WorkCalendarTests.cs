using DigitalCity.Inspection.Deadlines;
using static DigitalCity.Tests.Unit.Inspection.Deadlines.Jiaozuo;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class WorkCalendarTests
{
    static readonly WorkCalendar Calendar = WorkCalendar.China2023();

    [Fact]
    public void Spring_Festival_days_are_not_working_days_but_the_make_up_Sunday_is()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2023, 1, 20)));
        for (var day = 21; day <= 27; day++)
        {
            Assert.False(Calendar.IsWorkingDay(new DateOnly(2023, 1, day)));
        }

        Assert.True(Calendar.IsWorkingDay(new DateOnly(2023, 1, 28)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2023, 1, 29)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2023, 1, 30)));
    }

    [Fact]
    public void New_Year_Monday_is_a_holiday_and_ordinary_weekends_are_rest_days()
    {
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2022, 12, 31)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2023, 1, 2)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2023, 1, 3)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2023, 1, 14)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2023, 1, 15)));
    }

    [Fact]
    public void Seed_2023_has_27_holiday_dates_and_its_make_up_days_fall_on_weekends()
    {
        Assert.Equal(27, Calendar.Holidays.Count);
        Assert.Equal(7, Calendar.MakeUpWorkingDays.Count);
        Assert.All(Calendar.MakeUpWorkingDays, date => Assert.Contains(date.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2023, 4, 23)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2023, 10, 2)));
    }

    [Fact]
    public void Defaults_are_Shanghai_Monday_to_Friday_and_seven_working_hours_a_day()
    {
        var calendar = new WorkCalendar();

        Assert.Equal(TimeSpan.FromHours(8), calendar.TimeZone.BaseUtcOffset);
        Assert.Equal(5, calendar.WorkingWeekdays.Count);
        Assert.Equal(["08:30–12:00", "14:30–18:00"], calendar.Windows.Select(w => w.ToString()));
        Assert.Equal(TimeSpan.FromHours(7), calendar.WorkingTimePerDay);
    }

    [Fact]
    public void Working_time_between_skips_the_lunch_break_nights_and_weekends()
    {
        Assert.Equal(TimeSpan.FromHours(2.5), Calendar.WorkingTimeBetween(At(2023, 1, 16, 10), At(2023, 1, 16, 15)));
        Assert.Equal(TimeSpan.FromHours(1.5), Calendar.WorkingTimeBetween(At(2023, 1, 13, 17), At(2023, 1, 16, 9)));
    }

    [Fact]
    public void The_whole_Spring_Festival_break_holds_no_working_time()
    {
        Assert.Equal(TimeSpan.Zero, Calendar.WorkingTimeBetween(At(2023, 1, 20, 18), At(2023, 1, 28, 8, 30)));
    }

    [Fact]
    public void Working_time_between_is_zero_when_the_end_is_not_after_the_start()
    {
        Assert.Equal(TimeSpan.Zero, Calendar.WorkingTimeBetween(At(2023, 1, 16, 11), At(2023, 1, 16, 10)));
    }

    [Theory]
    [InlineData(10, 0, 16, 10, 0)]   // inside a window: unchanged
    [InlineData(12, 0, 16, 14, 30)]  // a window's end belongs to the break
    [InlineData(18, 0, 17, 8, 30)]   // after closing: next morning
    [InlineData(7, 0, 16, 8, 30)]    // before opening
    public void Next_working_instant_is_the_instant_itself_or_the_next_window_start(int hour, int minute, int expectedDay, int expectedHour, int expectedMinute)
    {
        Assert.Equal(At(2023, 1, expectedDay, expectedHour, expectedMinute), Calendar.NextWorkingInstant(At(2023, 1, 16, hour, minute)));
    }

    [Fact]
    public void Windows_are_configurable()
    {
        var calendar = new WorkCalendar(windows: [new WorkingWindow(new TimeOnly(9, 0), new TimeOnly(17, 0))]);

        Assert.Equal(TimeSpan.FromHours(8), calendar.WorkingTimePerDay);
        Assert.Equal(At(2023, 1, 17, 11), calendar.AddWorkingTime(At(2023, 1, 16, 15), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Working_time_is_counted_in_the_calendar_time_zone()
    {
        var utcCalendar = new WorkCalendar(timeZone: TimeZoneInfo.Utc);

        // 15:00 in Jiaozuo is 07:00 UTC, before a UTC office opens.
        Assert.Equal(new DateTimeOffset(2023, 1, 16, 10, 30, 0, TimeSpan.Zero), utcCalendar.AddWorkingTime(At(2023, 1, 16, 15), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Overlapping_windows_are_rejected()
    {
        var windows = new[]
        {
            new WorkingWindow(new TimeOnly(8, 0), new TimeOnly(12, 0)),
            new WorkingWindow(new TimeOnly(11, 0), new TimeOnly(15, 0)),
        };

        var error = Assert.Throws<ArgumentException>(() => new WorkCalendar(windows: windows));
        Assert.Contains("overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_must_end_after_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new WorkingWindow(new TimeOnly(12, 0), new TimeOnly(8, 30)));
    }

    [Fact]
    public void A_calendar_needs_a_window_and_a_working_weekday()
    {
        Assert.Throws<ArgumentException>(() => new WorkCalendar(windows: []));
        Assert.Throws<ArgumentException>(() => new WorkCalendar(workingWeekdays: []));
    }

    [Fact]
    public void A_make_up_day_must_be_a_rest_day_and_not_a_holiday()
    {
        var wednesday = new DateOnly(2023, 1, 18);
        var saturday = new DateOnly(2023, 1, 28);

        Assert.Throws<ArgumentException>(() => new WorkCalendar(makeUpWorkingDays: [wednesday]));
        Assert.Throws<ArgumentException>(() => new WorkCalendar(holidays: [saturday], makeUpWorkingDays: [saturday]));
    }
}
