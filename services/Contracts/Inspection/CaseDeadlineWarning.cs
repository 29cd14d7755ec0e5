using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 黄灯 — 80 % of a step's time is used on a case: by default a department's handling; <see cref="Step"/>
/// names another step (see <see cref="DeadlineSteps"/>), <see cref="Department"/> the unit answerable and
/// <see cref="OfficerId"/> the grid officer for a verification or re-check.
/// </summary>
/// <param name="UsedFraction">Counted time used ÷ time allowed, suspensions excluded: from 0.8 to 1.</param>
[EntityName("digitalcity.inspection.case-deadline-warning")]
public sealed record CaseDeadlineWarning(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string Department,
    DateTimeOffset DueAt,
    double UsedFraction,
    string Step = DeadlineSteps.Handling,
    string? OfficerId = null) : IIntegrationEvent;
