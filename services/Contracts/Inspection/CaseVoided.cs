using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 作废 — a shift lead approved voiding the case; it is closed and not counted as accurately filed.
/// </summary>
[EntityName("digitalcity.inspection.case-voided")]
public sealed record CaseVoided(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string RequestedBy,
    string ApprovedBy,
    string Reason) : IIntegrationEvent;
