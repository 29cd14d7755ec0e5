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
/// opened it, so a redelivered event opens nothing twice. A bin's sensor or a staff report of an overflowing
/// bin (满溢/爆桶) opens a collection task too (<see cref="ForOverflow"/>): it has no case, names the bin
/// (<see cref="FacilityCode"/>), and its completion is published like any other, with no case id.
/// </summary>
public sealed class SanitationTask : AggregateRoot
{
    SanitationTask()
    {
    }

    /// <summary>Where the task came from; documents written before sources existed are from cases.</summary>
    public TaskSource Source { get; private set; }

    /// <summary>Collection (清运) for overflow, General otherwise; documents written before kinds existed are General.</summary>
    public TaskKind Kind { get; private set; }

    public Guid? CaseId { get; private set; }

    /// <summary>The registered bin or point a sensor or staff task is for; null for case tasks and for reports naming a place.</summary>
    public string? FacilityCode { get; private set; }

    /// <summary>The staff member or sensor platform user who reported the overflow; null for case tasks.</summary>
    public string? ReportedBy { get; private set; }

    /// <summary>A staff report's caller-scoped Idempotency-Key and its request's fingerprint.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? RequestFingerprint { get; private set; }

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
    /// <param name="kind"><see cref="TaskKind.Collection"/> for a case of an overflow category (<c>Sanitation:Overflow:CategoryCodes</c>).</param>
    public static SanitationTask FromDispatch(CaseDispatched dispatched, DispatchedDepartment department, TimeProvider time, TaskKind kind = TaskKind.General)
    {
        ArgumentNullException.ThrowIfNull(dispatched);
        ArgumentNullException.ThrowIfNull(department);
        return Open(time, new SanitationTask
        {
            Kind = kind,
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
            Kind = previous.Kind,
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

    /// <summary>满溢 — a sensor or staff saw a bin or place overflowing: a collection task with no case, due at the sighting's deadline.</summary>
    public static SanitationTask ForOverflow(OverflowSighting sighting, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        if (sighting.Source == TaskSource.Case)
        {
            throw new ArgumentException("A case's task is opened from its dispatch.", nameof(sighting));
        }

        var task = Open(time, new SanitationTask
        {
            Source = sighting.Source,
            Kind = TaskKind.Collection,
            FacilityCode = sighting.FacilityCode,
            ReportedBy = sighting.ReportedBy,
            IdempotencyKey = sighting.Stamp?.ScopedKey,
            RequestFingerprint = sighting.Stamp?.Fingerprint,
            DepartmentCode = sighting.DepartmentCode,
            Location = sighting.Location,
            Address = sighting.Address,
            Description = sighting.Description,
            PhotoRefs = sighting.PhotoRefs,
            DueAt = sighting.DueAt,
        });
        task.Raise(new BinOverflowDetected(Guid.NewGuid(), task.CreatedAt, task.Id, sighting.Source.ToString(), sighting.FacilityCode,
            sighting.Location, sighting.Address, sighting.DueAt, sighting.FillLevelPercent, sighting.ReadingId, sighting.ReportedBy));
        return task;
    }

    /// <summary>Whether the task is still open past its due instant (shown as overdue; nothing is raised).</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == SanitationTaskStatus.Open && DueAt is { } due && due < now;

    static SanitationTask Open(TimeProvider time, SanitationTask task)
    {
        var now = time.GetUtcNow();
        task.Id = Guid.CreateVersion7(now);
        task.CreatedAt = now;
        task.Status = SanitationTaskStatus.Open;
        if (task.CaseId is { } caseId)
        {
            task.Raise(new SanitationTaskCreated(Guid.NewGuid(), now, task.Id, caseId, task.CategoryCode, task.Location, task.Address, task.DueAt));
        }

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
