using System.Collections.Frozen;

namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 工作日历 — which dates are working days and which hours of them are working time, in the city's
/// time zone. Working-hour and working-day limits run on it. It is configuration data: immutable and
/// built only from values, so a calendar per year or per effective date is simply another instance.
/// All instants returned are UTC.
/// </summary>
public sealed partial class WorkCalendar
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    public static IReadOnlyList<DayOfWeek> DefaultWorkingWeekdays { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>08:30–12:00 and 14:30–18:00, the usual office hours of a city administration.</summary>
    public static IReadOnlyList<WorkingWindow> DefaultWindows { get; } =
        [new(new TimeOnly(8, 30), new TimeOnly(12, 0)), new(new TimeOnly(14, 30), new TimeOnly(18, 0))];

    readonly WorkingWindow[] windows;

    /// <param name="timeZone">The city's zone; Asia/Shanghai when null.</param>
    /// <param name="workingWeekdays">Normal working weekdays; Monday to Friday when null.</param>
    /// <param name="windows">Daily working windows, the same on every working day; <see cref="DefaultWindows"/> when null.</param>
    /// <param name="holidays">Dates that are not working days even on a working weekday.</param>
    /// <param name="makeUpWorkingDays">调休 — rest-day dates that are working days.</param>
    public WorkCalendar(
        TimeZoneInfo? timeZone = null,
        IEnumerable<DayOfWeek>? workingWeekdays = null,
        IEnumerable<WorkingWindow>? windows = null,
        IEnumerable<DateOnly>? holidays = null,
        IEnumerable<DateOnly>? makeUpWorkingDays = null)
    {
        TimeZone = timeZone ?? TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);
        WorkingWeekdays = (workingWeekdays ?? DefaultWorkingWeekdays).ToFrozenSet();
        this.windows = [.. (windows ?? DefaultWindows).OrderBy(w => w.Start)];
        Holidays = (holidays ?? []).ToFrozenSet();
        MakeUpWorkingDays = (makeUpWorkingDays ?? []).ToFrozenSet();
        Windows = Array.AsReadOnly(this.windows);
        WorkingTimePerDay = this.windows.Aggregate(TimeSpan.Zero, (sum, window) => sum + window.Length);
        Validate();
    }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlySet<DayOfWeek> WorkingWeekdays { get; }

    /// <summary>The daily working windows, ordered by start.</summary>
    public IReadOnlyList<WorkingWindow> Windows { get; }

    public IReadOnlySet<DateOnly> Holidays { get; }

    public IReadOnlySet<DateOnly> MakeUpWorkingDays { get; }

    /// <summary>The working time of one working day; one working day of a limit is worth this much.</summary>
    public TimeSpan WorkingTimePerDay { get; }

    public bool IsWorkingDay(DateOnly date) =>
        !Holidays.Contains(date) && (WorkingWeekdays.Contains(date.DayOfWeek) || MakeUpWorkingDays.Contains(date));

    /// <summary>The city-local date of an instant.</summary>
    public DateOnly LocalDateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>The working-window time within [from, to); zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        for (var date = LocalDateOf(from); date <= LocalDateOf(to); date = date.AddDays(1))
        {
            foreach (var (windowStart, windowEnd) in WorkingIntervals(date))
            {
                var overlapStart = windowStart > from ? windowStart : from;
                var overlapEnd = windowEnd < to ? windowEnd : to;
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }
        }

        return total;
    }

    /// <summary>
    /// The instant itself when it lies inside a working window, otherwise the start of the next one
    /// (a window's end belongs to the break after it).
    /// </summary>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset instant) => AddWorkingTime(instant, TimeSpan.Zero);

    /// <summary>
    /// The earliest instant at which <paramref name="workingTime"/> of working time has elapsed since
    /// <paramref name="start"/>. A start outside the windows counts from the next window, so four
    /// working hours from Friday 15:00 end on the next working day at 09:30. An amount that is used up
    /// exactly at a window's end returns that end (12:00, not 14:30).
    /// </summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var cursor = start.ToUniversalTime();
        var remaining = workingTime;

        // Terminates: the constructor guarantees a working weekday and a window, and holidays are finite.
        for (var date = LocalDateOf(cursor); ; date = date.AddDays(1))
        {
            foreach (var (windowStart, windowEnd) in WorkingIntervals(date))
            {
                if (windowEnd <= cursor)
                {
                    continue;
                }

                var from = windowStart > cursor ? windowStart : cursor;
                if (remaining <= windowEnd - from)
                {
                    return from + remaining;
                }

                remaining -= windowEnd - from;
            }
        }
    }

    /// <summary>
    /// The same local time of day <paramref name="days"/> working days later. The start is first moved
    /// to <see cref="NextWorkingInstant"/> (Saturday 10:00 counts from Monday 08:30, 12:30 from 14:30),
    /// so its time of day lies inside a window; as every working day has the same windows, the result
    /// does too and needs no clamping. It equals, in working time, <paramref name="days"/> ×
    /// <see cref="WorkingTimePerDay"/>.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = TimeZoneInfo.ConvertTime(NextWorkingInstant(start), TimeZone).DateTime;
        var date = DateOnly.FromDateTime(local);
        for (var i = 0; i < days; i++)
        {
            do
            {
                date = date.AddDays(1);
            }
            while (!IsWorkingDay(date));
        }

        return ToInstant(date, TimeOnly.FromDateTime(local));
    }

    IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> WorkingIntervals(DateOnly date)
    {
        if (!IsWorkingDay(date))
        {
            yield break;
        }

        foreach (var window in windows)
        {
            yield return (ToInstant(date, window.Start), ToInstant(date, window.End));
        }
    }

    // Asia/Shanghai has no daylight saving; elsewhere GetUtcOffset maps a skipped local time forward.
    DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    void Validate()
    {
        if (windows.Length == 0)
        {
            throw new ArgumentException("A work calendar needs at least one daily working window.", nameof(windows));
        }

        for (var i = 1; i < windows.Length; i++)
        {
            if (windows[i].Start < windows[i - 1].End)
            {
                throw new ArgumentException($"Working windows {windows[i - 1]} and {windows[i]} overlap.", nameof(windows));
            }
        }

        // Without one, time would never reach a working day after the last make-up day.
        if (WorkingWeekdays.Count == 0)
        {
            throw new ArgumentException("A work calendar needs at least one working weekday.", "workingWeekdays");
        }

        foreach (var date in MakeUpWorkingDays.Order())
        {
            if (Holidays.Contains(date))
            {
                throw new ArgumentException($"{date:yyyy-MM-dd} is both a holiday and a make-up working day.", "makeUpWorkingDays");
            }

            // Catches typing mistakes in the yearly data: 调休 always moves work onto a rest day.
            if (WorkingWeekdays.Contains(date.DayOfWeek))
            {
                throw new ArgumentException($"Make-up working day {date:yyyy-MM-dd} is a {date.DayOfWeek}, already a working weekday.", "makeUpWorkingDays");
            }
        }
    }
}
