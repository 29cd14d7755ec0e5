using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 核实 — an operator asked a grid officer to confirm a reported case on site.
/// </summary>
[EntityName("digitalcity.inspection.case-verification-requested")]
public sealed record CaseVerificationRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string OfficerId,
    string RequestedBy,
    string? Note) : IIntegrationEvent;
