using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Cases;

// 申请与审批: what a department (return, extension, suspension) or a dispatcher (void) asks for and
// someone else decides. One pending request at a time keeps each decision about a known state.
public sealed partial class Case
{
    /// <summary>回退 — an assigned department says the case is not its own and asks to return it.</summary>
    public void RequestReturn(string departmentCode, string handlerId, string reason, TimeProvider time)
    {
        const string action = "request a return";
        var assignment = ProcessingAssignment(departmentCode, action);
        var now = Ask(action, new PendingRequest(RequestKind.Return, handlerId, time.GetUtcNow(), reason, assignment.DepartmentCode, null));
        Append(now, handlerId, CaseActions.RequestReturn, reason, departmentCode: departmentCode);
        Raise(new CaseReturnRequested(Guid.NewGuid(), now, Id, Number, departmentCode, handlerId, reason));
    }

    /// <summary>
    /// 回退 — a dispatcher approves the pending return: the department's assignment becomes Returned; when
    /// no department is left working on the case it goes back to Filed, to be re-dispatched — with
    /// <paramref name="limits"/>, under a fresh file+dispatch limit from now.
    /// </summary>
    public void ApproveReturn(string dispatcherId, TimeProvider time, StepLimits? limits = null)
    {
        var request = Decide(RequestKind.Return, "approve a return");
        var assignment = ProcessingAssignment(request.DepartmentCode!, "approve a return");
        var now = time.GetUtcNow();
        Replace(assignment, assignment with { Status = AssignmentStatus.Returned });
        PendingRequest = null;
        var awaitsRedispatch = Assignments.All(a => a.Status != AssignmentStatus.Processing);
        if (awaitsRedispatch)
        {
            Status = CaseStatus.Filed;
            DispatchDeadline = limits?.Start(limits.FileAndDispatch(Urgency == Urgency.Urgent), now);
        }

        Append(now, dispatcherId, CaseActions.Return, request.Reason, departmentCode: assignment.DepartmentCode);
        Raise(new CaseReturned(Guid.NewGuid(), now, Id, Number, assignment.DepartmentCode, dispatcherId, awaitsRedispatch));
    }

    /// <summary>
    /// 延期 — an assigned department asks for its handling to be due later, at <paramref name="newDueAt"/>
    /// (computed by the caller from the extra time it wants); it must be later than the current due instant.
    /// </summary>
    /// <param name="extraTime">The time limit asked for (e.g. <c>"2 WorkingHours"</c>), kept for recomputing the deadline.</param>
    public void RequestExtension(string departmentCode, string handlerId, DateTimeOffset newDueAt, string reason, TimeProvider time, string? extraTime = null)
    {
        const string action = "request an extension";
        var assignment = ProcessingAssignment(departmentCode, action);
        if (newDueAt <= assignment.DueAt)
        {
            throw new ArgumentOutOfRangeException(nameof(newDueAt), newDueAt, $"An extension must move the due instant ({assignment.DueAt:O}) later.");
        }

        var now = Ask(action, new PendingRequest(RequestKind.Extension, handlerId, time.GetUtcNow(), reason, departmentCode, newDueAt, extraTime));
        Append(now, handlerId, CaseActions.RequestExtension, reason, departmentCode: departmentCode);
        Raise(new CaseExtensionRequested(Guid.NewGuid(), now, Id, Number, departmentCode, handlerId, assignment.DueAt, newDueAt, reason));
    }

    /// <summary>延期 — a dispatcher approves the pending extension: the department's handling is due later.</summary>
    public void ApproveExtension(string dispatcherId, TimeProvider time)
    {
        var request = Decide(RequestKind.Extension, "approve an extension");
        var assignment = ProcessingAssignment(request.DepartmentCode!, "approve an extension");
        var now = time.GetUtcNow();
        Replace(assignment, assignment with
        {
            DueAt = request.RequestedDueAt!.Value,
            Extensions = request.ExtraTime is null ? assignment.Extensions : [.. assignment.Extensions ?? [], request.ExtraTime],
        });
        PendingRequest = null;
        Append(now, dispatcherId, CaseActions.Extend, request.Reason, departmentCode: assignment.DepartmentCode);
        Raise(new CaseExtended(Guid.NewGuid(), now, Id, Number, assignment.DepartmentCode, dispatcherId, assignment.DueAt, request.RequestedDueAt.Value));
    }

    /// <summary>挂账 — an assigned department asks to pause the case (seasonal or engineering work).</summary>
    public void RequestSuspension(string departmentCode, string handlerId, string reason, TimeProvider time)
    {
        const string action = "request a suspension";
        ProcessingAssignment(departmentCode, action);
        var now = Ask(action, new PendingRequest(RequestKind.Suspension, handlerId, time.GetUtcNow(), reason, departmentCode, null));
        Append(now, handlerId, CaseActions.RequestSuspension, reason, departmentCode: departmentCode);
        Raise(new CaseSuspensionRequested(Guid.NewGuid(), now, Id, Number, departmentCode, handlerId, reason));
    }

    /// <summary>
    /// 挂账 — a dispatcher approves the pending suspension: Dispatched → Suspended, and a suspension
    /// interval opens (the deadline clock stops) until <see cref="Resume"/>.
    /// </summary>
    public void ApproveSuspension(string dispatcherId, TimeProvider time)
    {
        var request = Decide(RequestKind.Suspension, "approve a suspension");
        ProcessingAssignment(request.DepartmentCode!, "approve a suspension");
        var now = time.GetUtcNow();
        Suspensions = [.. Suspensions, new Suspension(now)];
        PendingRequest = null;
        Status = CaseStatus.Suspended;
        Append(now, dispatcherId, CaseActions.Suspend, request.Reason, departmentCode: request.DepartmentCode);
        Raise(new CaseSuspended(Guid.NewGuid(), now, Id, Number, request.DepartmentCode!, dispatcherId));
    }

    /// <summary>恢复 — a dispatcher resumes a suspended case: Suspended → Dispatched; the open interval ends now.</summary>
    public void Resume(string dispatcherId, TimeProvider time)
    {
        RequireStatus("resume the case", CaseStatus.Suspended);
        var now = time.GetUtcNow();
        var open = Suspensions[^1];
        Suspensions = [.. Suspensions.Take(Suspensions.Count - 1), new Suspension(open.From, now)];
        Status = CaseStatus.Dispatched;
        Append(now, dispatcherId, CaseActions.Resume, null);
        Raise(new CaseResumed(Guid.NewGuid(), now, Id, Number, dispatcherId, open.From));
    }

    /// <summary>作废 — a dispatcher asks to void a filed or dispatched case (duplicate, filed in error).</summary>
    public void RequestVoid(string dispatcherId, string reason, TimeProvider time)
    {
        const string action = "request voiding the case";
        RequireStatus(action, CaseStatus.Filed, CaseStatus.Dispatched);
        var now = Ask(action, new PendingRequest(RequestKind.Void, dispatcherId, time.GetUtcNow(), reason, null, null));
        Append(now, dispatcherId, CaseActions.RequestVoid, reason);
        Raise(new CaseVoidRequested(Guid.NewGuid(), now, Id, Number, dispatcherId, reason));
    }

    /// <summary>
    /// 作废 — a shift lead approves the pending void: → Voided, which is final. The case must still be
    /// filed or dispatched; if it was handled meanwhile, the request can only be declined.
    /// </summary>
    public void ApproveVoid(string shiftLeadId, TimeProvider time)
    {
        var request = Decide(RequestKind.Void, "approve voiding the case");
        RequireStatus("approve voiding the case", CaseStatus.Filed, CaseStatus.Dispatched);
        var now = time.GetUtcNow();
        PendingRequest = null;
        Status = CaseStatus.Voided;
        Append(now, shiftLeadId, CaseActions.Void, request.Reason);
        Raise(new CaseVoided(Guid.NewGuid(), now, Id, Number, request.RequestedBy, shiftLeadId, request.Reason));
    }

    /// <summary>驳回 — the dispatcher (or, for a void, the shift lead) declines the pending request, whatever its kind.</summary>
    public void DeclineRequest(string deciderId, string reason, TimeProvider time)
    {
        var request = PendingRequest ?? throw new InvalidTransitionException("decline a request when none is pending", Status.ToString());
        var now = time.GetUtcNow();
        PendingRequest = null;
        Append(now, deciderId, CaseActions.DeclineRequest, reason, departmentCode: request.DepartmentCode);
        Raise(new CaseRequestDeclined(Guid.NewGuid(), now, Id, Number, request.Kind.ToString(), request.DepartmentCode, request.RequestedBy, deciderId, reason));
    }

    /// <summary>Files a request, refusing it while another awaits a decision; returns its instant.</summary>
    DateTimeOffset Ask(string action, PendingRequest request)
    {
        if (PendingRequest is { } pending)
        {
            throw new InvalidTransitionException($"{action} while a {pending.Kind} request awaits a decision", Status.ToString());
        }

        PendingRequest = request;
        return request.RequestedAt;
    }

    PendingRequest Decide(RequestKind kind, string action) =>
        PendingRequest is { } pending && pending.Kind == kind
            ? pending
            : throw new InvalidTransitionException($"{action} without a pending {kind} request", Status.ToString());
}
