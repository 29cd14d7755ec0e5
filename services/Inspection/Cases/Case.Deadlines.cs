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

        var alert = AlertFor(progress);
        if (alert <= assignment.Alert)
        {
            return false;
        }

        Replace(assignment, assignment with { Alert = alert });
        Alert(DeadlineSteps.Handling, departmentCode, null, alert, progress, time.GetUtcNow());
        return true;
    }

    /// <summary>
    /// Measures the clocks of the steps besides handling that are still running — verification (核实),
    /// file+dispatch, each department's acknowledgement (签收), re-check (核查) — and raises a warning once
    /// at 80 % and an overdue once past 100 % of each. Returns how many alerts it raised.
    /// </summary>
    public int RecordStepDeadlines(DeadlineCalculator deadlines, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var now = time.GetUtcNow();
        var raised = 0;
        if (Status == CaseStatus.Verifying && Verification is { Deadline: { } verify, AnsweredAt: null } verification
            && Measure(verify, deadlines, now) is { } verifyAlert)
        {
            Verification = verification with { Deadline = verify with { Alert = verifyAlert.Alert } };
            Alert(DeadlineSteps.Verification, DeadlineSteps.SupervisionCentre, verification.OfficerId, verifyAlert.Alert, verifyAlert.Progress, now);
            raised++;
        }

        if (Status == CaseStatus.Filed && DispatchDeadline is { } dispatch && Measure(dispatch, deadlines, now) is { } dispatchAlert)
        {
            DispatchDeadline = dispatch with { Alert = dispatchAlert.Alert };
            Alert(DeadlineSteps.Dispatch, DeadlineSteps.CommandCentre, null, dispatchAlert.Alert, dispatchAlert.Progress, now);
            raised++;
        }

        if (Status == CaseStatus.Dispatched)
        {
            foreach (var assignment in Assignments.Where(a => a is { Status: AssignmentStatus.Processing, AcknowledgedAt: null, AcknowledgeDeadline: not null }).ToList())
            {
                if (Measure(assignment.AcknowledgeDeadline!, deadlines, now) is { } ack)
                {
                    Replace(assignment, assignment with { AcknowledgeDeadline = assignment.AcknowledgeDeadline! with { Alert = ack.Alert } });
                    Alert(DeadlineSteps.Acknowledge, assignment.DepartmentCode, null, ack.Alert, ack.Progress, now);
                    raised++;
                }
            }
        }

        if (Status == CaseStatus.Checking && Recheck is { Deadline: { } recheck, AnsweredAt: null } asked
            && Measure(recheck, deadlines, now) is { } recheckAlert)
        {
            Recheck = asked with { Deadline = recheck with { Alert = recheckAlert.Alert } };
            Alert(DeadlineSteps.Recheck, DeadlineSteps.SupervisionCentre, asked.OfficerId, recheckAlert.Alert, recheckAlert.Progress, now);
            raised++;
        }

        return raised;
    }

    /// <summary>The step's new alert and its progress, or null when the light has not moved past the last alert.</summary>
    static (DeadlineAlert Alert, DeadlineProgress Progress)? Measure(StepDeadline deadline, DeadlineCalculator deadlines, DateTimeOffset now)
    {
        var progress = deadlines.Evaluate(deadline.ToDeadline(), now);
        var alert = AlertFor(progress);
        return alert > deadline.Alert ? (alert, progress) : null;
    }

    static DeadlineAlert AlertFor(DeadlineProgress progress) => progress.Light switch
    {
        TrafficLight.Red => DeadlineAlert.Overdue,
        TrafficLight.Yellow => DeadlineAlert.Warned,
        _ => DeadlineAlert.None,
    };

    void Alert(string step, string answerable, string? officerId, DeadlineAlert alert, DeadlineProgress progress, DateTimeOffset now)
    {
        var department = step is DeadlineSteps.Handling or DeadlineSteps.Acknowledge ? answerable : null;
        var action = step == DeadlineSteps.Handling
            ? alert == DeadlineAlert.Overdue ? CaseActions.Overdue : CaseActions.DeadlineWarning
            : alert == DeadlineAlert.Overdue ? CaseActions.StepOverdue : CaseActions.StepDeadlineWarning;
        Append(now, "deadline-sweep", action,
            $"{step}: {progress.UsedFraction:P0} of the time used; due {progress.DueAt:O}", departmentCode: department);
        Raise(alert == DeadlineAlert.Overdue
            ? new CaseOverdue(Guid.NewGuid(), now, Id, Number, answerable, progress.DueAt, progress.UsedFraction, step, officerId)
            : new CaseDeadlineWarning(Guid.NewGuid(), now, Id, Number, answerable, progress.DueAt, progress.UsedFraction, step, officerId));
    }
}
