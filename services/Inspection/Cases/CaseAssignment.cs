namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 派遣 — one department's part of a dispatched case: when and by whom it was sent, when its handling is
/// due (moved by an approved extension, 延期), where it stands and the department's result once handled.
/// A returned assignment stays in the list as a record of the wrong dispatch. <see cref="HandlingLimit"/>
/// and the approved <see cref="Extensions"/> (time limits such as <c>"2 WorkingHours"</c>) let the
/// deadline be recomputed with the case's suspensions cut out; <see cref="Alert"/> is the last deadline
/// alert raised, so each is raised once. <see cref="AcknowledgeDeadline"/> is the clock of the
/// department's acknowledgement (签收) under the step limit, <see cref="AcknowledgedAt"/> when it came.
/// </summary>
public sealed record CaseAssignment(
    string DepartmentCode,
    string DispatchedBy,
    DateTimeOffset DispatchedAt,
    DateTimeOffset DueAt,
    AssignmentStatus Status,
    AssignmentHandling? Handling,
    string? HandlingLimit = null,
    IReadOnlyList<string>? Extensions = null,
    DeadlineAlert Alert = DeadlineAlert.None,
    StepDeadline? AcknowledgeDeadline = null,
    DateTimeOffset? AcknowledgedAt = null);
