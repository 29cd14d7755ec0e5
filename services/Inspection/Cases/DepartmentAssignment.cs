namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 派遣 — one department a dispatcher sends the case to, with the instant its handling is due. The caller
/// computes <see cref="DueAt"/> from the category's limit and the working calendar.
/// </summary>
/// <param name="HandlingLimit">The limit the due instant was computed from, kept so the deadline sweep can recompute it.</param>
public sealed record DepartmentAssignment(string DepartmentCode, DateTimeOffset DueAt, string? HandlingLimit = null);
