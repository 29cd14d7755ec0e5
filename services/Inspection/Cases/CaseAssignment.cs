namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 派遣 — one department's part of a dispatched case: when and by whom it was sent, when its handling is
/// due (moved by an approved extension, 延期), where it stands and the department's result once handled.
/// A returned assignment stays in the list as a record of the wrong dispatch.
/// </summary>
public sealed record CaseAssignment(
    string DepartmentCode,
    string DispatchedBy,
    DateTimeOffset DispatchedAt,
    DateTimeOffset DueAt,
    AssignmentStatus Status,
    AssignmentHandling? Handling);
