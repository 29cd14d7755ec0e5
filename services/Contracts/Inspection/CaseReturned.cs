using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 回退 — a dispatcher approved a department's return. <see cref="AwaitsRedispatch"/> is true when no
/// department is left working on the case, which is then filed again to be re-dispatched.
/// </summary>
[EntityName("digitalcity.inspection.case-returned")]
public sealed record CaseReturned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    string ApprovedBy,
    bool AwaitsRedispatch) : IIntegrationEvent;
