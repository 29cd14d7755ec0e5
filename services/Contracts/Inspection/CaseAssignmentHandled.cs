using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 处理反馈 — one department of several reported its result; others are still working. The last
/// department's result is published as <see cref="CaseHandled"/> instead.
/// <see cref="OnTime"/>: whether the department handled it by its deadline (null when dispatched without a limit).
/// </summary>
[EntityName("digitalcity.inspection.case-assignment-handled")]
public sealed record CaseAssignmentHandled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CaseId,
    string CaseNumber,
    string DepartmentCode,
    string HandledBy,
    string Result,
    IReadOnlyList<string> PhotoRefs,
    bool? OnTime = null) : IIntegrationEvent;
