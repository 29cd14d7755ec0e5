using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Cleaning.Runs;

/// <summary>
/// 作业记录 — one run of a cleaning method on a road segment, recorded by a member of that method's crew: when
/// it started and finished, and the city day it counts for (the day it started). Whether it lay inside a
/// window is decided against the plan when figures are made, so a corrected plan corrects its figures.
/// </summary>
public sealed class CleaningRun : AggregateRoot
{
    /// <summary>Longer than any run; a longer one is a mistake on the phone.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    CleaningRun()
    {
    }

    public Guid PlanId { get; private set; }

    public string SegmentCode { get; private set; } = "";

    public string DistrictCode { get; private set; } = "";

    public CleaningMethod Method { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    /// <summary>The city day the run started on.</summary>
    public DateOnly Day { get; private set; }

    public IReadOnlyList<string> PhotoRefs { get; private set; } = [];

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The recorder's <c>Idempotency-Key</c>, scoped to the recorder; unique.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? RequestFingerprint { get; private set; }

    /// <summary>Records a run the caller has checked: a method of the plan, by its crew, started before it finished, not in the future.</summary>
    /// <param name="window">The window of the day's schedule the run lay in, if any (for the event).</param>
    public static CleaningRun Record(CleaningPlan plan, CleaningMethod method, DateTimeOffset startedAt, DateTimeOffset finishedAt, DateOnly day,
        TimeWindow? window, IReadOnlyList<string> photoRefs, string recordedBy, IdempotencyStamp? idempotency, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow();
        var run = new CleaningRun
        {
            Id = Guid.CreateVersion7(now),
            PlanId = plan.Id,
            SegmentCode = plan.SegmentCode,
            DistrictCode = plan.DistrictCode,
            Method = method,
            StartedAt = startedAt.ToUniversalTime(),
            FinishedAt = finishedAt.ToUniversalTime(),
            Day = day,
            PhotoRefs = [.. photoRefs],
            RecordedBy = recordedBy,
            RecordedAt = now,
            IdempotencyKey = idempotency?.ScopedKey,
            RequestFingerprint = idempotency?.Fingerprint,
        };
        run.Raise(new CleaningRunRecorded(Guid.NewGuid(), now, run.Id, plan.Id, run.SegmentCode, run.DistrictCode, method.ToString(),
            run.StartedAt, run.FinishedAt, day, window is not null, run.PhotoRefs, recordedBy));
        return run;
    }
}
