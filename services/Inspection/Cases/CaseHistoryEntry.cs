namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 案件流转记录 — one append-only step of a case's history: who did what, when, with which comment and
/// photos, and the status the case was left in. <see cref="DepartmentCode"/> names the department the
/// step concerns (the one that handled, asked for a return, …), when there is one.
/// </summary>
public sealed record CaseHistoryEntry(
    DateTimeOffset At,
    string Actor,
    string Action,
    CaseStatus StatusAfter,
    string? Comment,
    IReadOnlyList<string> PhotoRefs,
    string? DepartmentCode = null);
