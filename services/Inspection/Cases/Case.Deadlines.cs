using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Deadlines;

namespace DigitalCity.Inspection.Cases;

// 亮灯 — deadline alerts, raised by the deadline sweep for the departments still working on the case.
public sealed partial class Case
{
    /// <summary>
    /// The live deadline of a department's assignment: its handling limit from dispatch, the approved
    /// extensions, and the case's suspensions (the clock stops while suspended). Null for an assignment
    /// dispatched without a recorded limit.
    /// </summary>
    public Deadline? DeadlineOf(CaseAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        if (assignment.HandlingLimit is null || !TimeLimit.TryParse(assignment.HandlingLimit, out var limit))
        {
            return null;
        }

        var extensions = (assignment.Extensions ?? []).Select(TimeLimit.Parse);
        return new Deadline(assignment.DispatchedAt, limit!, extensions, Suspensions.Where(s => s.To is null || s.To > assignment.DispatchedAt));
    }

    /// <summary>
    /// Records the traffic light a sweep measured for a working department, raising
    /// <see cref="CaseDeadlineWarning"/> once at yellow and <see cref="CaseOverdue"/> once at red.
    /// Returns whether anything changed, so a sweep saves only cases with news.
    /// </summary>
    public bool RecordDeadline(string departmentCode, DeadlineProgress progress, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var assignment = Assignments.FirstOrDefault(a => a.DepartmentCode == departmentCode && a.Status == AssignmentStatus.Processing);
        if (assignment is null || Status != CaseStatus.Dispatched)
        {
            return false;
        }

        var alert = progress.Light switch
        {
            TrafficLight.Red => DeadlineAlert.Overdue,
            TrafficLight.Yellow => DeadlineAlert.Warned,
            _ => DeadlineAlert.None,
        };
        if (alert <= assignment.Alert)
        {
            return false;
        }

        var now = time.GetUtcNow();
        Replace(assignment, assignment with { Alert = alert });
        Append(now, "deadline-sweep", alert == DeadlineAlert.Overdue ? CaseActions.Overdue : CaseActions.DeadlineWarning,
            $"{progress.UsedFraction:P0} of the handling time used; due {progress.DueAt:O}", departmentCode: departmentCode);
        Raise(alert == DeadlineAlert.Overdue
            ? new CaseOverdue(Guid.NewGuid(), now, Id, Number, departmentCode, progress.DueAt, progress.UsedFraction)
            : new CaseDeadlineWarning(Guid.NewGuid(), now, Id, Number, departmentCode, progress.DueAt, progress.UsedFraction));
        return true;
    }
}
