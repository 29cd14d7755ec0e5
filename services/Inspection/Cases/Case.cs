using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 案件 — one incident in the closed loop. Its methods are the transitions; each checks the current
/// state, appends a history entry and raises the event other services learn of it by. Roles are the
/// API's concern; the aggregate records who did what and checks only who is named on the case (the
/// officer asked to verify or re-check, the departments it is dispatched to). The steps live in the
/// partial files by group: verification and acceptance, dispatch and handling, requests, re-check, closing.
/// </summary>
public sealed partial class Case : AggregateRoot
{
    Case()
    {
    }

    /// <summary>案件编号 — the number people quote: report date and a short unique part.</summary>
    public string Number { get; private set; } = "";

    public string CategoryCode { get; private set; } = "";

    public string CategoryName { get; private set; } = "";

    /// <summary>The category version the case was reported under, whose limits it keeps; null on cases stored before categories had versions.</summary>
    public CategoryRules? CategoryRules { get; private set; }

    public GeoPoint Location { get; private set; } = new(0, 0);

    public string Address { get; private set; } = "";

    public string Description { get; private set; } = "";

    public IReadOnlyList<string> PhotoRefs { get; private set; } = [];

    public string ReportedBy { get; private set; } = "";

    public DateTimeOffset ReportedAt { get; private set; }

    public CaseStatus Status { get; private set; }

    /// <summary>The reporter's <c>Idempotency-Key</c>, scoped to the reporter; unique.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>A hash of the report, to tell a retry from a different report reusing the key.</summary>
    public string? RequestFingerprint { get; private set; }

    /// <summary>The latest verification (核实) asked for, answered or not.</summary>
    public Verification? Verification { get; private set; }

    public Urgency Urgency { get; private set; }

    public DateTimeOffset? FiledAt { get; private set; }

    /// <summary>The file+dispatch step's clock while the case awaits (re-)dispatch (null when no limit applied).</summary>
    public StepDeadline? DispatchDeadline { get; private set; }

    /// <summary>Every department the case was dispatched to, returned ones included.</summary>
    public IReadOnlyList<CaseAssignment> Assignments { get; private set; } = [];

    /// <summary>The last department task result recorded through <see cref="RecordHandlingResult"/>.</summary>
    public HandlingResult? Handling { get; private set; }

    /// <summary>Every task whose result was recorded, so a late redelivery of an earlier round's result (before a rework) changes nothing.</summary>
    public IReadOnlyList<Guid> RecordedTaskIds { get; private set; } = [];

    /// <summary>The one request awaiting a decision, if any; a second is refused until it is approved or declined.</summary>
    public PendingRequest? PendingRequest { get; private set; }

    /// <summary>挂账 intervals in order; the last is open while the case is suspended. Deadlines read them.</summary>
    public IReadOnlyList<Suspension> Suspensions { get; private set; } = [];

    /// <summary>The latest re-check (核查) asked for, answered or not.</summary>
    public Recheck? Recheck { get; private set; }

    /// <summary>How many times a failed re-check sent the case back (返工).</summary>
    public int ReworkCount { get; private set; }

    /// <summary>督办 — someone asked for priority follow-up.</summary>
    public bool Supervised { get; private set; }

    /// <summary>自处理 — the reporter fixed it on the spot; a failed re-check clears it.</summary>
    public bool SelfHandled { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<CaseHistoryEntry> History { get; private set; } = [];

    /// <summary>The grid and district the reported point falls in; null when it lies outside every grid.</summary>
    public CasePlace? Place { get; private set; }

    public static Case Report(CaseReport report, Category category, string reportedBy, IdempotencyStamp? idempotency, TimeProvider time, CasePlace? place = null)
    {
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var @case = new Case
        {
            Id = id,
            Number = $"{now:yyyyMMdd}{id.ToString("N")[^8..].ToUpperInvariant()}",
            CategoryCode = category.Code,
            CategoryName = category.Name,
            CategoryRules = CategoryRules.Of(category),
            Location = report.Location,
            Address = report.Address,
            Description = report.Description,
            PhotoRefs = report.PhotoRefs,
            ReportedBy = reportedBy,
            ReportedAt = now,
            Status = CaseStatus.Reported,
            IdempotencyKey = idempotency?.ScopedKey,
            RequestFingerprint = idempotency?.Fingerprint,
            Place = place,
        };
        @case.Append(now, reportedBy, CaseActions.Report, report.Description, report.PhotoRefs);
        @case.Raise(new CaseReported(Guid.NewGuid(), now, id, @case.Number, category.Code, category.Name,
            report.Location, report.Address, report.Description, report.PhotoRefs, reportedBy, place?.GridCode, place?.DistrictCode, place?.StreetCode));
        return @case;
    }

    /// <summary>Whether the case is still in the loop: not rejected, closed or voided.</summary>
    public bool IsOpen() => Status is not (CaseStatus.Rejected or CaseStatus.Closed or CaseStatus.Voided);

    /// <summary>
    /// Who may see the case: centre staff; the reporter and the officers asked to verify or re-check it;
    /// the departments it was dispatched to.
    /// </summary>
    public bool IsVisibleTo(string userId, bool isCentreStaff, string? department = null) =>
        isCentreStaff
        || ReportedBy == userId
        || Verification?.OfficerId == userId
        || Recheck?.OfficerId == userId
        || (department is not null && Assignments.Any(a => a.DepartmentCode == department));

    void RequireStatus(string action, params ReadOnlySpan<CaseStatus> allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new InvalidTransitionException(action, Status.ToString());
        }
    }

    void Append(DateTimeOffset at, string actor, string action, string? comment, IReadOnlyList<string>? photoRefs = null, string? departmentCode = null) =>
        History = [.. History, new CaseHistoryEntry(at, actor, action, Status, comment, photoRefs ?? [], departmentCode)];
}
