using DigitalCity.Sanitation.Cleaning.Compliance;
using DigitalCity.Sanitation.Cleaning.Plans;

namespace DigitalCity.Sanitation.Cleaning.Runs;

/// <summary>A run as the API shows it.</summary>
/// <param name="Window">The window of the day's schedule (base plan or override) the run lay in, as <c>HH:mm-HH:mm</c>; null: outside every window.</param>
public sealed record CleaningRunView(
    Guid Id,
    string SegmentCode,
    CleaningMethod Method,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    DateOnly Day,
    string? Window,
    IReadOnlyList<string> PhotoRefs,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static CleaningRunView From(CleaningRun r, DaySchedule schedule, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.SegmentCode, r.Method, r.StartedAt, r.FinishedAt, r.Day,
            CleaningCompliance.WindowOf(schedule, r.Method, r.StartedAt, r.FinishedAt, zone)?.ToString(), r.PhotoRefs, r.RecordedBy, r.RecordedAt);
    }
}
