using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 红灯 — a step of a case is past its due instant: by default a department's handling; <see cref="Step"/>
/// names another step (see <see cref="DeadlineSteps"/>), <see cref="Department"/> the unit answerable and
/// <see cref="OfficerId"/> the grid officer for a verification or re-check.
/// </summary>
/// <param name="UsedFraction">Counted time used ÷ time allowed, suspensions excluded: above 1.</param>
[EntityName("digitalcity.inspection.case-overdue")]
public sealed record CaseOverdue(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string Department,
    DateTimeOffset DueAt,
    double UsedFraction,
    string Step = DeadlineSteps.Handling,
    string? OfficerId = null) : IIntegrationEvent;
