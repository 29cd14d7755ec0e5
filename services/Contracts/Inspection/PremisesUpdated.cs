using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 一户一档更新 — a premises' file changed (by an edit or a re-import); the event carries the whole new
/// state except the contact person and phone, so a consumer needs no earlier event to keep its copy.
/// </summary>
/// <param name="Version">The file's version after the change; a consumer ignores an older one.</param>
[EntityName("digitalcity.inspection.premises-updated")]
public sealed record PremisesUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PremisesId,
    long Version,
    string Name,
    string Type,
    string Address,
    GeoPoint? Location,
    string DistrictCode,
    string? GridCode,
    string? GasSupplier,
    string? CreditCode,
    string UpdatedBy) : IIntegrationEvent;
