using DigitalCity.Inspection.Deadlines;
using Microsoft.Extensions.Configuration;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class WorkCalendarOptionsTests
{
    static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void Without_configuration_the_seeded_2023_calendar_is_used()
    {
        var calendar = WorkCalendarOptions.Load(Config());

        Assert.False(calendar.IsWorkingDay(new DateOnly(2023, 1, 23)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2023, 1, 28)));
    }

    [Fact]
    public void A_city_configures_its_holidays_make_up_days_and_windows()
    {
        var calendar = WorkCalendarOptions.Load(Config(
            ("Inspection:Calendar:Windows:0", "09:00-12:00"),
            ("Inspection:Calendar:Windows:1", "13:00-17:00"),
            ("Inspection:Calendar:Holidays:0", "2026-10-01"),
            ("Inspection:Calendar:MakeUpWorkingDays:0", "2026-10-10")));

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.Equal(TimeSpan.FromHours(7), calendar.WorkingTimePerDay);
    }

    [Theory]
    [InlineData("Inspection:Calendar:Windows:1", "11:00-13:00", "overlap")]
    [InlineData("Inspection:Calendar:Windows:1", "14:30 to 18:00", "Inspection:Calendar:Windows:1")]
    [InlineData("Inspection:Calendar:Holidays:0", "2026/10/01", "Inspection:Calendar:Holidays:0")]
    public void A_bad_calendar_entry_stops_startup_with_a_message_naming_it(string key, string value, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() => WorkCalendarOptions.Load(Config(
            ("Inspection:Calendar:Windows:0", "08:30-12:00"), (key, value))));

        Assert.Contains(named, error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
