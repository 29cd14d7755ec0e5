using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 派遣规则变更 — a dispatcher or shift lead replaced the ordered list of dispatch rules; new cases are
/// suggested departments and handling limits by the new list.
/// </summary>
[EntityName("digitalcity.inspection.dispatch-rules-changed")]
public sealed record DispatchRulesChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    int RuleCount,
    string ChangedBy) : IIntegrationEvent;
