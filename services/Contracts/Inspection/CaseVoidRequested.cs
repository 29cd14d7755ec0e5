using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 作废 — a dispatcher asked to void the case; a shift lead decides.
/// </summary>
[EntityName("digitalcity.inspection.case-void-requested")]
public sealed record CaseVoidRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string RequestedBy,
    string Reason) : IIntegrationEvent;
