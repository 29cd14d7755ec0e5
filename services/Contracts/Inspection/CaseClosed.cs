using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 结案 — a shift lead closed the case.
/// <see cref="OnTime"/>: whether every department handled its part by its deadline (null when no limit applied).
/// </summary>
[EntityName("digitalcity.inspection.case-closed")]
public sealed record CaseClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string ClosedBy,
    bool SelfHandled,
    int ReworkCount,
    bool? OnTime = null) : IIntegrationEvent;
