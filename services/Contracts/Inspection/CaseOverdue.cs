using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>红灯 — a department's handling of a case is past its due instant.</summary>
[EntityName("digitalcity.inspection.case-overdue")]
public sealed record CaseOverdue(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string Department,
    DateTimeOffset DueAt,
    double UsedFraction) : IIntegrationEvent;
