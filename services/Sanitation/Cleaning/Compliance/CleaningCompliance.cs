using System.Globalization;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;

namespace DigitalCity.Sanitation.Cleaning.Compliance;

/// <summary>
/// 计划执行率 — how far a segment's runs on one city day met its plan. Per method of the day's schedule (the
/// base plan, or the holiday override in force): runs that lay inside a window count, up to the runs
/// required; runs outside every window are shown but do not count. The day's figure is
/// Σ min(inside, required) / Σ required over the plan's methods.
/// </summary>
public static class CleaningCompliance
{
    /// <summary>
    /// The window of <paramref name="schedule"/> a run lay in: the run started and finished on the schedule's
    /// city day, inside one window of its method. Null when it lay outside every window, or the day has no such method.
    /// </summary>
    public static TimeWindow? WindowOf(DaySchedule schedule, CleaningMethod method, DateTimeOffset startedAt, DateTimeOffset finishedAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var start = TimeZoneInfo.ConvertTime(startedAt, zone).DateTime;
        var finish = TimeZoneInfo.ConvertTime(finishedAt, zone).DateTime;
        if (DateOnly.FromDateTime(start) != schedule.Day || DateOnly.FromDateTime(finish) != schedule.Day)
        {
            return null;
        }

        return schedule.Method(method)?.WindowHolding(TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(finish));
    }

    /// <summary>The figures of <paramref name="plan"/> on <paramref name="day"/> from the runs recorded for that day (others are ignored).</summary>
    public static DayCompliance Of(CleaningPlan plan, DateOnly day, IEnumerable<CleaningRun> runs, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var schedule = plan.ScheduleOn(day);
        var ofDay = runs.Where(r => r.Day == day && r.SegmentCode == plan.SegmentCode).ToList();
        var methods = schedule.Methods.Select(m =>
        {
            var mine = ofDay.Where(r => r.Method == m.Method).ToList();
            var inside = mine.Count(r => WindowOf(schedule, m.Method, r.StartedAt, r.FinishedAt, zone) is not null);
            return new MethodCompliance(m.Method, m.RunsPerDay, [.. m.Windows.Select(w => w.ToString())], inside, mine.Count - inside,
                Math.Min(inside, m.RunsPerDay), m.Overridden);
        }).ToList();
        var required = methods.Sum(m => m.Required);
        var counted = methods.Sum(m => m.Counted);
        var rate = required == 0 ? 1.0 : Math.Round((double)counted / required, 4);
        var explanation = $"{schedule.Source}: "
            + string.Join("; ", methods.Select(m => $"{m.Method} {m.Counted} of {m.Required} required runs in windows {string.Join(", ", m.Windows)}"
                + (m.InWindow > m.Required ? $" ({m.InWindow - m.Required} more not counted)" : "")
                + (m.OutsideWindow > 0 ? $" ({m.OutsideWindow} outside windows)" : "")))
            + $" => {counted}/{required} = {(rate * 100).ToString("0.#", CultureInfo.InvariantCulture)} %";
        return new DayCompliance(plan.SegmentCode, plan.RoadName, plan.DistrictCode, day, plan.Version, schedule.Override?.Name, schedule.Source, methods,
            required, counted, rate, explanation);
    }
}

/// <summary>One segment's compliance on one city day.</summary>
/// <param name="PlanVersion">The version of the plan the day was measured against (the plan as it is now).</param>
/// <param name="OverrideName">The holiday override in force that day (e.g. 春节); null: the base plan applied.</param>
/// <param name="AppliedSchedule">Which schedule applied, in words: <c>base plan</c> or <c>override 春节 2023-01-21..2023-01-27</c>.</param>
/// <param name="Required">Runs required that day over all methods.</param>
/// <param name="Counted">Runs counted: per method, those inside a window, at most the runs required.</param>
/// <param name="Compliance">Counted / required, from 0 to 1 (four decimals).</param>
/// <param name="Explanation">The figure in words: the schedule applied and each method's count.</param>
public sealed record DayCompliance(
    string SegmentCode,
    string RoadName,
    string DistrictCode,
    DateOnly Day,
    long PlanVersion,
    string? OverrideName,
    string AppliedSchedule,
    IReadOnlyList<MethodCompliance> Methods,
    int Required,
    int Counted,
    double Compliance,
    string Explanation);

/// <param name="Required">The runs per day the day's schedule asks of the method.</param>
/// <param name="Windows">The method's windows that day, city-local.</param>
/// <param name="InWindow">Runs that started and finished inside one of those windows.</param>
/// <param name="OutsideWindow">Runs of the method that day outside every window (recorded, not counted).</param>
/// <param name="Counted">min(<paramref name="InWindow"/>, <paramref name="Required"/>).</param>
/// <param name="Overridden">Whether the runs and windows come from the day's holiday override.</param>
public sealed record MethodCompliance(
    CleaningMethod Method,
    int Required,
    IReadOnlyList<string> Windows,
    int InWindow,
    int OutsideWindow,
    int Counted,
    bool Overridden);
