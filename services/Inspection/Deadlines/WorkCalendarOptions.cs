using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 工作日历 as configuration (section <c>Inspection:Calendar</c>), so a city enters each year's holidays
/// and make-up working days (调休) without a release. Without the section the seeded national 2023
/// calendar is used, as the reference story is set in 2023.
/// </summary>
public sealed class WorkCalendarOptions
{
    public const string Section = "Inspection:Calendar";

    public string TimeZone { get; set; } = WorkCalendar.DefaultTimeZoneId;

    /// <summary>Daily working windows as <c>"08:30-12:00"</c>.</summary>
    public List<string> Windows { get; set; } = [];

    /// <summary>Dates (<c>yyyy-MM-dd</c>) that are not working days even on a weekday.</summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>Weekend dates (<c>yyyy-MM-dd</c>) that are working days.</summary>
    public List<string> MakeUpWorkingDays { get; set; } = [];

    /// <summary>The configured calendar, the seed when the section is absent; a bad entry stops startup naming it.</summary>
    public static WorkCalendar Load(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (!section.Exists())
        {
            return WorkCalendar.China2023();
        }

        var options = section.Get<WorkCalendarOptions>() ?? new WorkCalendarOptions();
        try
        {
            return new WorkCalendar(
                TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone),
                windows: options.Windows.Count == 0 ? null : [.. options.Windows.Select((w, i) => Window(w, $"{Section}:Windows:{i}"))],
                holidays: [.. options.Holidays.Select((d, i) => Date(d, $"{Section}:Holidays:{i}"))],
                makeUpWorkingDays: [.. options.MakeUpWorkingDays.Select((d, i) => Date(d, $"{Section}:MakeUpWorkingDays:{i}"))]);
        }
        catch (Exception ex) when (ex is ArgumentException or TimeZoneNotFoundException)
        {
            throw new InvalidOperationException($"{Section} is not a usable calendar: {ex.Message}", ex);
        }
    }

    static WorkingWindow Window(string text, string key)
    {
        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            ? new WorkingWindow(start, end)
            : throw new ArgumentException($"{key} = '{text}' is not a window like 08:30-12:00.");
    }

    static DateOnly Date(string text, string key) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"{key} = '{text}' is not a date like 2023-01-23.");
}
