using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 延期 — a dispatcher approved an extension: the department's handling is now due at <see cref="NewDueAt"/>.
/// </summary>
[EntityName("digitalcity.inspection.case-extended")]
public sealed record CaseExtended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    string ApprovedBy,
    DateTimeOffset PreviousDueAt,
    DateTimeOffset NewDueAt) : IIntegrationEvent;
