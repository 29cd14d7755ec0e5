using DigitalCity.Contracts;

namespace DigitalCity.Sanitation.Tasks;

/// <summary>A task as the API shows it.</summary>
public sealed record SanitationTaskView(
    Guid Id,
    Guid? CaseId,
    string? CaseNumber,
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
    SanitationTaskStatus Status,
    string? CompletedBy,
    DateTimeOffset? CompletedAt,
    string? Result,
    IReadOnlyList<string> CompletionPhotoRefs,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    long Version)
{
    public static SanitationTaskView From(SanitationTask t) => new(t.Id, t.CaseId, t.CaseNumber, t.DepartmentCode, t.ReworkCount,
        t.CategoryCode, t.CategoryName, t.Location, t.Address, t.Description, t.PhotoRefs, t.CreatedAt, t.DueAt, t.Status,
        t.CompletedBy, t.CompletedAt, t.Result, t.CompletionPhotoRefs, t.CancelledAt, t.CancellationReason, t.Version);
}
