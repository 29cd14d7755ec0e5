using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 核查 — an operator asked a grid officer to re-check a handled case on site.
/// </summary>
[EntityName("digitalcity.inspection.case-recheck-requested")]
public sealed record CaseRecheckRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string OfficerId,
    string RequestedBy) : IIntegrationEvent;
