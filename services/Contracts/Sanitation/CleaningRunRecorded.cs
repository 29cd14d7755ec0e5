using MassTransit;

namespace DigitalCity.Contracts.Sanitation;

/// <summary>
/// A crew member recorded a cleaning run on a road segment: the method, when it started and finished, the
/// city day it counts for and whether it lay inside one of the windows the plan (or its holiday override)
/// sets for that day.
/// </summary>
[EntityName("digitalcity.sanitation.cleaning-run-recorded")]
public sealed record CleaningRunRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RunId,
    Guid PlanId,
    string SegmentCode,
    string DistrictCode,
    string Method,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    DateOnly Day,
    bool InWindow,
    IReadOnlyList<string> PhotoRefs,
    string RecordedBy) : IIntegrationEvent;
