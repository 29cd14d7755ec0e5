namespace DigitalCity.Inspection.Campaigns.Checklists;

/// <summary>
/// 检查表 — one version of a checklist template for an inspection type. Versions are never edited: a
/// change is a new version, and a campaign keeps the version it was planned with.
/// </summary>
public sealed record ChecklistTemplate(
    string Code,
    int Version,
    string Name,
    InspectionType InspectionType,
    IReadOnlyList<ChecklistItem> Items,
    string ChangedBy,
    DateTimeOffset ChangedAt)
{
    public ChecklistItem? Item(string code) => Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
}
