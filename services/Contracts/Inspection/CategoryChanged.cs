using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 案件类别 — an administrator added a version of a category (new, edited or retired), in effect from
/// <see cref="EffectiveFrom"/>. Cases reported before then keep the version they were reported under.
/// </summary>
/// <param name="HandlingLimit">处置时限 of a normal case, e.g. <c>4 WorkingHours</c>; null when the dispatcher gives one.</param>
/// <param name="Active">False when the category is retired: no new reports, old cases unaffected.</param>
[EntityName("digitalcity.inspection.category-changed")]
public sealed record CategoryChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Code,
    int Version,
    DateTimeOffset EffectiveFrom,
    string Name,
    string Department,
    string? HandlingLimit,
    bool Active,
    string ChangedBy) : IIntegrationEvent;
