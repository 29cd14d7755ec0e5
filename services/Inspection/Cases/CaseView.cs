using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Cases;

/// <summary>A case as the API shows it.</summary>
public sealed record CaseView(
    Guid Id,
    string Number,
    string CategoryCode,
    string CategoryName,
    CategoryRules? CategoryRules,
    GeoPoint Location,
    string Address,
    string Description,
    IReadOnlyList<string> PhotoRefs,
    string ReportedBy,
    DateTimeOffset ReportedAt,
    CaseStatus Status,
    CasePlace? Place,
    bool Unassigned,
    Urgency Urgency,
    bool Supervised,
    bool SelfHandled,
    int ReworkCount,
    Verification? Verification,
    DateTimeOffset? FiledAt,
    StepDeadline? DispatchDeadline,
    IReadOnlyList<CaseAssignment> Assignments,
    PendingRequest? PendingRequest,
    IReadOnlyList<DigitalCity.Inspection.Deadlines.Suspension> Suspensions,
    HandlingResult? Handling,
    Recheck? Recheck,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CaseHistoryEntry> History,
    long Version,
    Guid? DuplicateOf = null,
    IReadOnlyList<DuplicateCandidate>? LikelyDuplicates = null)
{
    public static CaseView From(Case c) => new(c.Id, c.Number, c.CategoryCode, c.CategoryName, c.CategoryRules, c.Location, c.Address,
        c.Description, c.PhotoRefs, c.ReportedBy, c.ReportedAt, c.Status, c.Place, c.Place is null, c.Urgency, c.Supervised, c.SelfHandled, c.ReworkCount,
        c.Verification, c.FiledAt, c.DispatchDeadline, c.Assignments, c.PendingRequest, c.Suspensions, c.Handling, c.Recheck, c.ClosedAt, c.History, c.Version, c.DuplicateOf);
}
