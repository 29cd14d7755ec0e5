namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>One method of a plan: how many runs a day, in which city-local windows, by whom (user ids of sanitation staff).</summary>
public sealed record MethodSchedule(CleaningMethod Method, int RunsPerDay, IReadOnlyList<TimeWindow> Windows, IReadOnlyList<string> Crew)
{
    public bool HasCrewMember(string userId) => Crew.Contains(userId, StringComparer.Ordinal);
}

/// <summary>One method of a holiday override: its own runs per day and windows; the crew stays the plan's.</summary>
public sealed record MethodOverride(CleaningMethod Method, int RunsPerDay, IReadOnlyList<TimeWindow> Windows);
