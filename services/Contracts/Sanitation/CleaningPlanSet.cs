using MassTransit;

namespace DigitalCity.Contracts.Sanitation;

/// <summary>
/// 一路一策 — a road segment's cleaning plan was created or replaced. The event carries the whole plan, so a
/// consumer needs no earlier event to keep its copy; <see cref="Version"/> orders the changes of one segment.
/// </summary>
/// <param name="Grade">The road's cleaning grade: <c>Special</c> (特级), <c>First</c>, <c>Second</c> or <c>Third</c>.</param>
/// <param name="Methods">Each method's runs per day, city-local windows and crew.</param>
/// <param name="Overrides">Holiday periods (e.g. 春节) with their own runs and windows.</param>
/// <param name="Version">The plan's version after the change; a consumer ignores an older one.</param>
[EntityName("digitalcity.sanitation.cleaning-plan-set")]
public sealed record CleaningPlanSet(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PlanId,
    string SegmentCode,
    string RoadName,
    string DistrictCode,
    string Grade,
    string QualityTarget,
    IReadOnlyList<CleaningScheduleItem> Methods,
    IReadOnlyList<CleaningOverridePeriod> Overrides,
    long Version,
    string SetBy) : IIntegrationEvent;
