using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Cases;

public sealed partial class Case
{
    /// <summary>
    /// 派遣 — a dispatcher sends the case to one or several departments, each with its handling due
    /// instant: Filed → Dispatched. While Dispatched a further department can be added (the right one
    /// after another returned the case); a department already working on it cannot be sent it twice.
    /// With <paramref name="limits"/> each department must acknowledge (签收) under the acknowledge limit;
    /// a dispatch from Filed is on time when it comes by <see cref="DispatchDeadline"/>.
    /// </summary>
    public void Dispatch(string dispatcherId, IReadOnlyList<DepartmentAssignment> assignments, TimeProvider time, StepLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        RequireStatus("dispatch the case", CaseStatus.Filed, CaseStatus.Dispatched);
        if (assignments.Count == 0)
        {
            throw new ArgumentException("Dispatch to at least one department.", nameof(assignments));
        }

        if (assignments.Any(a => string.IsNullOrWhiteSpace(a.DepartmentCode))
            || assignments.Select(a => a.DepartmentCode).Distinct(StringComparer.Ordinal).Count() != assignments.Count)
        {
            throw new ArgumentException("Each department code must be given, and only once.", nameof(assignments));
        }

        if (assignments.FirstOrDefault(a => ActiveAssignment(a.DepartmentCode) is not null) is { } twice)
        {
            throw new InvalidTransitionException($"dispatch the case to {twice.DepartmentCode} again", Status.ToString());
        }

        var now = time.GetUtcNow();
        var acknowledgeDeadline = limits?.Start(limits.Acknowledge, now);
        bool? onTime = Status == CaseStatus.Filed ? Within(DispatchDeadline, now) : null;
        Assignments = [.. Assignments, .. assignments.Select(a =>
            new CaseAssignment(a.DepartmentCode, dispatcherId, now, a.DueAt, AssignmentStatus.Processing, null, a.HandlingLimit, [], AcknowledgeDeadline: acknowledgeDeadline))];
        Status = CaseStatus.Dispatched;
        Append(now, dispatcherId, CaseActions.Dispatch, string.Join(", ", assignments.Select(a => a.DepartmentCode)));
        Raise(new CaseDispatched(Guid.NewGuid(), now, Id, Number, dispatcherId,
            [.. assignments.Select(a => new DispatchedDepartment(a.DepartmentCode, a.DueAt))],
            onTime, CategoryCode, CategoryName, Location, Address, Description, PhotoRefs));
    }

    /// <summary>
    /// 签收 — the department acknowledges the task dispatched to it, once; on time when it comes by the
    /// assignment's <see cref="CaseAssignment.AcknowledgeDeadline"/>. Reporting a result without it is allowed.
    /// </summary>
    public void Acknowledge(string departmentCode, string handlerId, TimeProvider time)
    {
        const string action = "acknowledge the task";
        var assignment = ProcessingAssignment(departmentCode, action);
        if (assignment.AcknowledgedAt is not null)
        {
            throw new InvalidTransitionException($"{action} that {departmentCode} already acknowledged", Status.ToString());
        }

        var now = time.GetUtcNow();
        Replace(assignment, assignment with { AcknowledgedAt = now });
        Append(now, handlerId, CaseActions.Acknowledge, null, departmentCode: departmentCode);
        Raise(new CaseAcknowledged(Guid.NewGuid(), now, Id, Number, departmentCode, handlerId, Within(assignment.AcknowledgeDeadline, now)));
    }

    /// <summary>Whether a step that ended at <paramref name="at"/> kept to its <paramref name="deadline"/>; null when no limit applied.</summary>
    static bool? Within(StepDeadline? deadline, DateTimeOffset at) => deadline is null ? null : at <= deadline.DueAt;

    /// <summary>The department's assignment that is not returned: the one it works on or has handled.</summary>
    CaseAssignment? ActiveAssignment(string departmentCode) =>
        Assignments.FirstOrDefault(a => a.DepartmentCode == departmentCode && a.Status != AssignmentStatus.Returned);

    /// <summary>
    /// The assignment a department acts on: the case must be Dispatched, the department assigned
    /// (else <see cref="AccessDeniedException"/>) and its part still being worked on.
    /// </summary>
    CaseAssignment ProcessingAssignment(string departmentCode, string action)
    {
        RequireStatus(action, CaseStatus.Dispatched);
        var assignment = ActiveAssignment(departmentCode)
            ?? throw new AccessDeniedException($"The case is not dispatched to department {departmentCode}.");
        if (assignment.Status != AssignmentStatus.Processing)
        {
            throw new InvalidTransitionException($"{action} for {departmentCode}'s part", assignment.Status.ToString());
        }

        return assignment;
    }

    void Replace(CaseAssignment old, CaseAssignment updated) =>
        Assignments = [.. Assignments.Select(a => ReferenceEquals(a, old) ? updated : a)];
}
