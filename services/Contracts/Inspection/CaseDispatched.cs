using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 派遣 — a dispatcher sent the case to one or several departments, each with its handling due instant.
/// A case already being worked on can be dispatched to a further department (after a return).
/// </summary>
[EntityName("digitalcity.inspection.case-dispatched")]
public sealed record CaseDispatched(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DispatchedBy,
    IReadOnlyList<DispatchedDepartment> Departments) : IIntegrationEvent;
