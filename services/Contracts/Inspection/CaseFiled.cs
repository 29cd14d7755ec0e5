using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 立案 — a shift lead filed the case; it awaits dispatch.
/// </summary>
[EntityName("digitalcity.inspection.case-filed")]
public sealed record CaseFiled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string FiledBy,
    string CategoryCode,
    bool Urgent) : IIntegrationEvent;
