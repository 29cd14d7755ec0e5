using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>维修派单 — a cover's defect was assigned to its maintainer (养护单位) for repair by <see cref="DueAt"/>.</summary>
[EntityName("digitalcity.inspection.manhole-repair-assigned")]
public sealed record ManholeRepairAssigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DefectId,
    Guid CoverId,
    string ComponentCode,
    string DistrictCode,
    string DefectType,
    string MaintainerCode,
    DateTimeOffset DueAt,
    string AssignedBy) : IIntegrationEvent;
