using DigitalCity.Contracts;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Tasks;

/// <summary>
/// An overflowing bin or place seen by a sensor or by staff, as a collection task opens it: <see cref="FacilityCode"/>
/// is the bin (null for a staff report naming a place), <see cref="FillLevelPercent"/> and <see cref="ReadingId"/> the
/// sensor's reading, <see cref="Stamp"/> a staff report's Idempotency-Key.
/// </summary>
public sealed record OverflowSighting(
    TaskSource Source,
    string? FacilityCode,
    GeoPoint Location,
    string Address,
    string Description,
    IReadOnlyList<string> PhotoRefs,
    DateTimeOffset DueAt,
    string DepartmentCode,
    string? ReportedBy = null,
    int? FillLevelPercent = null,
    string? ReadingId = null,
    IdempotencyStamp? Stamp = null);
