using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 处理反馈 — a department reported the handling result of a case; it now awaits re-check (核查).
/// <see cref="OnTime"/>: whether the department handled it by its deadline (null when dispatched without a limit).
/// </summary>
[EntityName("digitalcity.inspection.case-handled")]
public sealed record CaseHandled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string Department,
    string Result,
    IReadOnlyList<string> PhotoRefs,
    string HandledBy,
    bool? OnTime = null) : IIntegrationEvent;
