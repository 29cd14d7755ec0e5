using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 案件 — one incident in the closed loop. Its methods are the transitions; each appends a history
/// entry and raises the event other services learn of it by.
/// </summary>
public sealed class Case : AggregateRoot
{
    Case()
    {
    }

    /// <summary>案件编号 — the number people quote: report date and a short unique part.</summary>
    public string Number { get; private set; } = "";

    public string CategoryCode { get; private set; } = "";

    public string CategoryName { get; private set; } = "";

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

    public HandlingResult? Handling { get; private set; }

    public IReadOnlyList<CaseHistoryEntry> History { get; private set; } = [];

    public static Case Report(CaseReport report, Category category, string reportedBy, IdempotencyStamp? idempotency, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var @case = new Case
        {
            Id = id,
            Number = $"{now:yyyyMMdd}{id.ToString("N")[^8..].ToUpperInvariant()}",
            CategoryCode = category.Code,
            CategoryName = category.Name,
            Location = report.Location,
            Address = report.Address,
            Description = report.Description,
            PhotoRefs = report.PhotoRefs,
            ReportedBy = reportedBy,
            ReportedAt = now,
            Status = CaseStatus.Reported,
            IdempotencyKey = idempotency?.ScopedKey,
            RequestFingerprint = idempotency?.Fingerprint,
        };
        @case.Append(now, reportedBy, "report", report.Description, report.PhotoRefs);
        @case.Raise(new CaseReported(Guid.NewGuid(), now, id, @case.Number, category.Code, category.Name,
            report.Location, report.Address, report.Description, report.PhotoRefs, reportedBy));
        return @case;
    }

    /// <summary>
    /// 处理反馈 — records a department's result; the case then awaits re-check. Recording the same
    /// task's result again changes nothing (a redelivered event), so the method reports whether it did.
    /// </summary>
    public bool RecordHandlingResult(Guid taskId, string department, string result, IReadOnlyList<string> photoRefs, string handledBy, TimeProvider time)
    {
        if (Handling?.TaskId == taskId)
        {
            return false;
        }

        // Until filing and dispatch land (issue #3) a reported case goes straight to its department.
        if (Status is not (CaseStatus.Reported or CaseStatus.Dispatched))
        {
            throw new InvalidTransitionException("record a handling result", Status.ToString());
        }

        var now = time.GetUtcNow();
        Handling = new HandlingResult(taskId, department, result, photoRefs, handledBy, now);
        Status = CaseStatus.Handled;
        Append(now, handledBy, "handle", result, photoRefs);
        Raise(new CaseHandled(Guid.NewGuid(), now, Id, Number, department, result, photoRefs, handledBy));
        return true;
    }

    public bool IsVisibleTo(string userId, bool isCentreStaff) => isCentreStaff || ReportedBy == userId;

    void Append(DateTimeOffset at, string actor, string action, string? comment, IReadOnlyList<string> photoRefs) =>
        History = [.. History, new CaseHistoryEntry(at, actor, action, Status, comment, photoRefs)];
}

/// <summary>What a reporter says about an incident.</summary>
public sealed record CaseReport(GeoPoint Location, string Address, string Description, IReadOnlyList<string> PhotoRefs);

/// <summary>The reporter-scoped idempotency key and the fingerprint of the request it came with.</summary>
public sealed record IdempotencyStamp(string ScopedKey, string Fingerprint);

/// <summary>The department's handling result (处理反馈).</summary>
public sealed record HandlingResult(Guid TaskId, string Department, string Result, IReadOnlyList<string> PhotoRefs, string HandledBy, DateTimeOffset HandledAt);

/// <summary>One append-only step of a case's history: who did what, when, with which photos.</summary>
public sealed record CaseHistoryEntry(DateTimeOffset At, string Actor, string Action, CaseStatus StatusAfter, string? Comment, IReadOnlyList<string> PhotoRefs);
