namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

/// <summary>Fixed instants written in the city's local time (UTC+8), so tests read like the office clock.</summary>
static class Jiaozuo
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, Offset);
}
