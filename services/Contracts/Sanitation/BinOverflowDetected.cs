using MassTransit;

namespace DigitalCity.Contracts.Sanitation;

/// <summary>
/// 满溢/爆桶 — a bin was found overflowing, by its fill-level sensor (<see cref="Source"/> <c>Sensor</c>, with the
/// reading) or by sanitation staff (<c>Staff</c>), and collection task <see cref="TaskId"/> was opened for it, due at
/// <see cref="DueAt"/>. <see cref="FacilityCode"/> is null for a staff report that names a place instead of a bin.
/// Overflow cases from inspection open their tasks through <see cref="SanitationTaskCreated"/> instead.
/// </summary>
/// <param name="FillLevelPercent">The sensor's fill level, percent 0–100; null for a staff report.</param>
/// <param name="ReadingId">The sensor platform's reading id; null for a staff report.</param>
[EntityName("digitalcity.sanitation.bin-overflow-detected")]
public sealed record BinOverflowDetected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    string Source,
    string? FacilityCode,
    GeoPoint Location,
    string Address,
    DateTimeOffset DueAt,
    int? FillLevelPercent,
    string? ReadingId,
    string? ReportedBy) : IIntegrationEvent;
