using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 回退 — a department says the case is not its own (wrong dispatch) and asks to return it; a dispatcher decides.
/// </summary>
[EntityName("digitalcity.inspection.case-return-requested")]
public sealed record CaseReturnRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    string RequestedBy,
    string Reason) : IIntegrationEvent;
