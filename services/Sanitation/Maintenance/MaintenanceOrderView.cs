using DigitalCity.Sanitation.Facilities;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>A work order as the API shows it; <see cref="Version"/> is what a completion or cancellation must send back.</summary>
public sealed record MaintenanceOrderView(
    Guid Id,
    string FacilityCode,
    FacilityKind FacilityKind,
    string FacilityName,
    string DistrictCode,
    string Description,
    IReadOnlyList<string> PhotoRefs,
    MaintenancePriority Priority,
    DateTimeOffset DueAt,
    string AssigneeId,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    MaintenanceStatus Status,
    bool Overdue,
    DateTimeOffset? OverdueAt,
    string? Result,
    IReadOnlyList<string> CompletionPhotoRefs,
    string? CompletedBy,
    DateTimeOffset? CompletedAt,
    string? CancelledBy,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    long Version)
{
    public static MaintenanceOrderView From(MaintenanceOrder o) => new(o.Id, o.FacilityCode, o.FacilityKind, o.FacilityName, o.DistrictCode, o.Description,
        o.PhotoRefs, o.Priority, o.DueAt, o.AssigneeId, o.OpenedBy, o.OpenedAt, o.Status, o.Overdue, o.OverdueAt, o.Result, o.CompletionPhotoRefs,
        o.CompletedBy, o.CompletedAt, o.CancelledBy, o.CancelledAt, o.CancellationReason, o.Version);
}
