namespace DigitalCity.Inspection.Campaigns.Checklists;

/// <summary>
/// 检查项 — one question of a checklist. A failed answer becomes a hazard of type <see cref="Code"/> with
/// this <see cref="Severity"/>; <see cref="LegalBasis"/> is the rule an officer cites when ordering it fixed.
/// </summary>
public sealed record ChecklistItem(string Code, string Text, HazardSeverity Severity, string LegalBasis);
