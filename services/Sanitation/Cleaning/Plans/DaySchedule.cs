namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>
/// What a plan asks of one city day: the base plan's methods, with those a holiday override covering the day
/// names replaced by the override's runs and windows.
/// </summary>
/// <param name="Override">The override in force that day; null: the base plan applies.</param>
public sealed record DaySchedule(DateOnly Day, HolidayOverride? Override, IReadOnlyList<ScheduledMethod> Methods)
{
    public ScheduledMethod? Method(CleaningMethod method) => Methods.FirstOrDefault(m => m.Method == method);

    /// <summary>In words, for the figures' explanation: "base plan" or "override 春节 2023-01-21..2023-01-27".</summary>
    public string Source => Override is null ? "base plan" : $"override {Override}";
}

/// <param name="Overridden">Whether the runs and windows come from the day's holiday override.</param>
public sealed record ScheduledMethod(CleaningMethod Method, int RunsPerDay, IReadOnlyList<TimeWindow> Windows, bool Overridden)
{
    /// <summary>The window a run from <paramref name="from"/> to <paramref name="to"/> (city-local, the same day) lies in, if any.</summary>
    public TimeWindow? WindowHolding(TimeOnly from, TimeOnly to) => Windows.FirstOrDefault(w => w.Holds(from, to));
}
