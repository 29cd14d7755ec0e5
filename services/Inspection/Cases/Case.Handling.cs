using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Cases;

public sealed partial class Case
{
    /// <summary>
    /// 处理反馈 — a department reports its result with photos: its assignment becomes Handled, and once
    /// every department still on the case has handled it the case becomes Handled, awaiting re-check.
    /// A department must wait for the decision on its own pending request before reporting. The result is
    /// on time when it comes by the assignment's deadline, measured with <paramref name="deadlines"/>
    /// (extensions added, suspensions cut out); without it, by the recorded due instant.
    /// </summary>
    public void ReportHandled(string departmentCode, string handlerId, string result, IReadOnlyList<string> photoRefs, TimeProvider time, DeadlineCalculator? deadlines = null) =>
        HandleAssignment(departmentCode, handlerId, result, photoRefs, time.GetUtcNow(), deadlines);

    /// <summary>
    /// 处理反馈 — records the result of a department's task (the sanitation department's, from its
    /// task-completed event) as that department's handling result. It is accepted only while the case is
    /// Dispatched and the department's part is still being worked on (as <see cref="ReportHandled"/>);
    /// otherwise <see cref="InvalidTransitionException"/>, or <see cref="AccessDeniedException"/> when the
    /// case was never dispatched to it. Recording a task's result again changes nothing (a redelivered
    /// event), so the method reports whether it did.
    /// </summary>
    public bool RecordHandlingResult(Guid taskId, string department, string result, IReadOnlyList<string> photoRefs, string handledBy, TimeProvider time, DeadlineCalculator? deadlines = null)
    {
        if (Handling?.TaskId == taskId || RecordedTaskIds.Contains(taskId))
        {
            return false;
        }

        var now = time.GetUtcNow();
        HandleAssignment(department, handledBy, result, photoRefs, now, deadlines);
        Handling = new HandlingResult(taskId, department, result, photoRefs, handledBy, now);
        RecordedTaskIds = [.. RecordedTaskIds, taskId];
        return true;
    }

    /// <summary>
    /// Whether the department's handling result could still come: the case is dispatched (or suspended)
    /// and the department's part is being worked on. A result refused while this holds (its own request
    /// awaits a decision, the case is suspended) is worth keeping; one refused otherwise is moot.
    /// </summary>
    public bool AwaitsHandlingFrom(string departmentCode) =>
        Status is CaseStatus.Dispatched or CaseStatus.Suspended
        && ActiveAssignment(departmentCode)?.Status == AssignmentStatus.Processing;

    /// <summary>
    /// 自处理 — the reporting grid officer fixed a trivial issue on the spot, right after reporting it
    /// (before any verification was asked): Reported → Handled, to be reviewed and closed by a shift lead.
    /// </summary>
    public void SelfHandle(string officerId, string result, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        RequireStatus("self-handle the case", CaseStatus.Reported);
        if (Verification is not null)
        {
            throw new InvalidTransitionException("self-handle a case the centre has already acted on", Status.ToString());
        }

        if (officerId != ReportedBy)
        {
            throw new AccessDeniedException("Only the grid officer who reported the case may handle it on the spot.");
        }

        var now = time.GetUtcNow();
        SelfHandled = true;
        Status = CaseStatus.Handled;
        Append(now, officerId, CaseActions.SelfHandle, result, photoRefs);
        Raise(new CaseSelfHandled(Guid.NewGuid(), now, Id, Number, officerId, result, photoRefs));
    }

    void HandleAssignment(string departmentCode, string handlerId, string result, IReadOnlyList<string> photoRefs, DateTimeOffset now, DeadlineCalculator? deadlines)
    {
        const string action = "report a handling result";
        var assignment = ProcessingAssignment(departmentCode, action);
        if (PendingRequest?.DepartmentCode == departmentCode)
        {
            throw new InvalidTransitionException($"{action} while {departmentCode}'s {PendingRequest.Kind} request awaits a decision", Status.ToString());
        }

        var onTime = now <= (DeadlineOf(assignment) is { } deadline && deadlines is not null ? deadlines.DueAt(deadline, now) : assignment.DueAt);
        Replace(assignment, assignment with
        {
            Status = AssignmentStatus.Handled,
            Handling = new AssignmentHandling(handlerId, result, photoRefs, now, onTime),
        });
        var allHandled = Assignments.All(a => a.Status != AssignmentStatus.Processing);
        if (allHandled)
        {
            Status = CaseStatus.Handled;
        }

        Append(now, handlerId, CaseActions.Handle, result, photoRefs, departmentCode);
        Raise(allHandled
            ? new CaseHandled(Guid.NewGuid(), now, Id, Number, departmentCode, result, photoRefs, handlerId, onTime)
            : new CaseAssignmentHandled(Guid.NewGuid(), now, Id, Number, departmentCode, handlerId, result, photoRefs, onTime));
    }
}
