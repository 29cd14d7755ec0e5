using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 挂账 — a department asked to pause the case (seasonal or engineering work); a dispatcher decides.
/// </summary>
[EntityName("digitalcity.inspection.case-suspension-requested")]
public sealed record CaseSuspensionRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    string RequestedBy,
    string Reason) : IIntegrationEvent;
