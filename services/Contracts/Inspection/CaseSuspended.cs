using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 挂账 — a dispatcher approved a suspension: the case's clock stops from <c>OccurredAt</c> until it resumes.
/// </summary>
[EntityName("digitalcity.inspection.case-suspended")]
public sealed record CaseSuspended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    string ApprovedBy) : IIntegrationEvent;
