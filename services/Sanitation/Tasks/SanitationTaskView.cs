using DigitalCity.Contracts;

namespace DigitalCity.Sanitation.Tasks;

/// <summary>A task as the API shows it; <see cref="Overdue"/> when it is still open past its due instant.</summary>
public sealed record SanitationTaskView(
    Guid Id,
    TaskSource Source,
    TaskKind Kind,
    Guid? CaseId,
    string? CaseNumber,
    string? FacilityCode,
    string? ReportedBy,
    string DepartmentCode,
    int ReworkCount,
    string CategoryCode,
    string CategoryName,
    GeoPoint Location,
    string Address,
    string Description,
    IReadOnlyList<string> PhotoRefs,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    SanitationTaskStatus Status,
    string? CompletedBy,
    DateTimeOffset? CompletedAt,
    string? Result,
    IReadOnlyList<string> CompletionPhotoRefs,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    long Version)
{
    public static SanitationTaskView From(SanitationTask t, DateTimeOffset now) => new(t.Id, t.Source, t.Kind, t.CaseId, t.CaseNumber, t.FacilityCode,
        t.ReportedBy, t.DepartmentCode, t.ReworkCount, t.CategoryCode, t.CategoryName, t.Location, t.Address, t.Description, t.PhotoRefs, t.CreatedAt,
        t.DueAt, t.IsOverdue(now), t.Status, t.CompletedBy, t.CompletedAt, t.Result, t.CompletionPhotoRefs, t.CancelledAt, t.CancellationReason, t.Version);
}
