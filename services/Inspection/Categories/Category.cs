namespace DigitalCity.Inspection.Categories;

/// <summary>
/// A case category (案件类别) as it stands in one version: a component 部件 or an event 事件, coded kind +
/// 大类 + 小类 (<c>E0102</c> = event, 01 市容环境, 02 暴露垃圾), with its 立案条件 and 结案条件, the department
/// responsible and its handling limits (处置时限) per urgency. Versions of a code succeed each other at
/// their <see cref="EffectiveFrom"/>; a case keeps the version it was reported under.
/// </summary>
/// <param name="HandlingLimit">处置时限 of a normal case, e.g. <c>4 WorkingHours</c>; null when the dispatcher must give one.</param>
/// <param name="UrgentLimit">The limit of a case filed as urgent; <paramref name="HandlingLimit"/> when absent.</param>
/// <param name="Version">1 for the seed; each edit adds one.</param>
/// <param name="Active">false: retired — no new reports, old cases unaffected.</param>
public sealed record Category(
    string Code,
    CategoryKind Kind,
    string MajorName,
    string Name,
    string Department,
    string? FilingCondition = null,
    string? ClosingCondition = null,
    string? HandlingLimit = null,
    string? UrgentLimit = null,
    int Version = 1,
    bool Active = true,
    string? ChangedBy = null)
{
    /// <summary>From when reports use this version; the seed's is <see cref="CategoryCatalog.SeedEffectiveFrom"/>.</summary>
    public DateTimeOffset EffectiveFrom { get; init; }
}

public enum CategoryKind
{
    /// <summary>部件 — a physical asset with its own id.</summary>
    Component,

    /// <summary>事件 — a situation.</summary>
    Event,
}
