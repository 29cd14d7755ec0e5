using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Tasks;

/// <summary>
/// 环卫任务 — work for a sanitation crew. A task is opened when an inspection case is dispatched to the
/// sanitation department (派遣) or sent back to it for rework (返工); its completion goes back to that
/// case as the department's handling result (处理反馈). Each round of work is its own task, so the case
/// recognises every result by task id; <see cref="SourceEventId"/> names the inspection event that
/// opened it, so a redelivered event opens nothing twice.
/// </summary>
public sealed class SanitationTask : AggregateRoot
{
    SanitationTask()
    {
    }

    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    /// <summary>The department the case was dispatched to (<see cref="SanitationOptions.DepartmentCode"/>).</summary>
    public string DepartmentCode { get; private set; } = "";

    /// <summary>The <c>CaseDispatched</c> or <c>CaseReworkOrdered</c> event that opened the task.</summary>
    public Guid? SourceEventId { get; private set; }

    /// <summary>When that event happened on the case (the inspection service's clock), to order it against later events.</summary>
    public DateTimeOffset? SourceEventAt { get; private set; }

    /// <summary>0 for the task opened on dispatch; the case's rework count (返工) for a task opened on rework.</summary>
    public int ReworkCount { get; private set; }

    public string CategoryCode { get; private set; } = "";

    public string CategoryName { get; private set; } = "";

    public GeoPoint Location { get; private set; } = new(0, 0);

    public string Address { get; private set; } = "";

    public string Description { get; private set; } = "";

    public IReadOnlyList<string> PhotoRefs { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The department's handling due instant on the case; null when dispatched without one.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public SanitationTaskStatus Status { get; private set; }

    public string? CompletedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Result { get; private set; }

    public IReadOnlyList<string> CompletionPhotoRefs { get; private set; } = [];

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>派遣 — the case was dispatched to the department: a task with the case's report and the department's due instant.</summary>
    public static SanitationTask FromDispatch(CaseDispatched dispatched, DispatchedDepartment department, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dispatched);
        ArgumentNullException.ThrowIfNull(department);
        return Open(time, new SanitationTask
        {
            CaseId = dispatched.CaseId,
            CaseNumber = dispatched.CaseNumber,
            DepartmentCode = department.DepartmentCode,
            SourceEventId = dispatched.EventId,
            SourceEventAt = dispatched.OccurredAt,
            CategoryCode = dispatched.CategoryCode ?? "",
            CategoryName = dispatched.CategoryName ?? "",
            Location = dispatched.Location ?? new GeoPoint(0, 0),
            Address = dispatched.Address ?? "",
            Description = dispatched.Description ?? "",
            PhotoRefs = dispatched.PhotoRefs ?? [],
            DueAt = department.DueAt,
        });
    }

    /// <summary>
    /// 返工 — a failed re-check sent the case back to the department: a new task for the same place and
    /// deadline as <paramref name="previous"/> (the rework event carries neither; rework keeps the due instant).
    /// </summary>
    public static SanitationTask ForRework(SanitationTask previous, CaseReworkOrdered rework, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(rework);
        return Open(time, new SanitationTask
        {
            CaseId = rework.CaseId,
            CaseNumber = rework.CaseNumber,
            DepartmentCode = previous.DepartmentCode,
            SourceEventId = rework.EventId,
            SourceEventAt = rework.OccurredAt,
            ReworkCount = rework.ReworkCount,
            CategoryCode = previous.CategoryCode,
            CategoryName = previous.CategoryName,
            Location = previous.Location,
            Address = previous.Address,
            Description = previous.Description,
            PhotoRefs = previous.PhotoRefs,
            DueAt = previous.DueAt,
        });
    }

    static SanitationTask Open(TimeProvider time, SanitationTask task)
    {
        var now = time.GetUtcNow();
        task.Id = Guid.CreateVersion7(now);
        task.CreatedAt = now;
        task.Status = SanitationTaskStatus.Open;
        task.Raise(new SanitationTaskCreated(Guid.NewGuid(), now, task.Id, task.CaseId!.Value, task.CategoryCode, task.Location, task.Address, task.DueAt));
        return task;
    }

    public void Complete(string completedBy, string result, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        if (Status != SanitationTaskStatus.Open)
        {
            throw new InvalidTransitionException("complete the task", Status.ToString());
        }

        var now = time.GetUtcNow();
        Status = SanitationTaskStatus.Completed;
        CompletedBy = completedBy;
        CompletedAt = now;
        Result = result;
        CompletionPhotoRefs = photoRefs;
        Raise(new SanitationTaskCompleted(Guid.NewGuid(), now, Id, CaseId, result, photoRefs, completedBy, DepartmentCode.Length == 0 ? null : DepartmentCode));
    }

    /// <summary>
    /// The case no longer needs the work (returned from the department, or voided): an open task becomes
    /// Cancelled with the reason. Returns whether it changed; a completed or cancelled task stays as it is.
    /// </summary>
    public bool Cancel(string reason, TimeProvider time)
    {
        if (Status != SanitationTaskStatus.Open)
        {
            return false;
        }

        Status = SanitationTaskStatus.Cancelled;
        CancelledAt = time.GetUtcNow();
        CancellationReason = reason;
        Raise(new SanitationTaskCancelled(Guid.NewGuid(), CancelledAt.Value, Id, CaseId, reason));
        return true;
    }

    /// <summary>
    /// 延期 — the dispatcher approved more time for the department: an open task is due at
    /// <paramref name="newDueAt"/>. Extensions only move a deadline later, so an earlier one delivered
    /// late, or the same one delivered twice, changes nothing; returns whether it changed.
    /// </summary>
    public bool Extend(DateTimeOffset newDueAt)
    {
        if (Status != SanitationTaskStatus.Open || (DueAt is { } due && newDueAt <= due))
        {
            return false;
        }

        DueAt = newDueAt;
        return true;
    }
}
