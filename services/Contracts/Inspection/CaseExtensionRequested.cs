using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 延期 — a department asked for a later handling due instant; a dispatcher decides.
/// </summary>
[EntityName("digitalcity.inspection.case-extension-requested")]
public sealed record CaseExtensionRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    string RequestedBy,
    DateTimeOffset CurrentDueAt,
    DateTimeOffset RequestedDueAt,
    string Reason) : IIntegrationEvent;
