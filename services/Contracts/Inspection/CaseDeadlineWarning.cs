using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>黄灯 — a department has used 80 % of its handling time on a case.</summary>
[EntityName("digitalcity.inspection.case-deadline-warning")]
public sealed record CaseDeadlineWarning(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string Department,
    DateTimeOffset DueAt,
    double UsedFraction) : IIntegrationEvent;
