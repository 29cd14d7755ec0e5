using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>开始维修 — the maintainer started repairing a cover's defect (again, in a later <see cref="Round"/>).</summary>
[EntityName("digitalcity.inspection.manhole-repair-started")]
public sealed record ManholeRepairStarted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DefectId,
    Guid CoverId,
    string ComponentCode,
    string MaintainerCode,
    int Round,
    string StartedBy) : IIntegrationEvent;
