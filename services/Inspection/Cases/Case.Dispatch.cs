using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Cases;

public sealed partial class Case
{
    /// <summary>
    /// 派遣 — a dispatcher sends the case to one or several departments, each with its handling due
    /// instant: Filed → Dispatched. While Dispatched a further department can be added (the right one
    /// after another returned the case); a department already working on it cannot be sent it twice.
    /// </summary>
    public void Dispatch(string dispatcherId, IReadOnlyList<DepartmentAssignment> assignments, TimeProvider time)
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
        Assignments = [.. Assignments, .. assignments.Select(a => new CaseAssignment(a.DepartmentCode, dispatcherId, now, a.DueAt, AssignmentStatus.Processing, null, a.HandlingLimit, []))];
        Status = CaseStatus.Dispatched;
        Append(now, dispatcherId, CaseActions.Dispatch, string.Join(", ", assignments.Select(a => a.DepartmentCode)));
        Raise(new CaseDispatched(Guid.NewGuid(), now, Id, Number, dispatcherId,
            [.. assignments.Select(a => new DispatchedDepartment(a.DepartmentCode, a.DueAt))],
            OnTime: null, CategoryCode, CategoryName, Location, Address, Description, PhotoRefs));
    }

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
