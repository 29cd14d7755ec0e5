using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 维修完成 — the maintainer reports a cover's defect repaired, with photos; it awaits verification
/// (<see cref="ManholeRepairVerified"/> or <see cref="ManholeRepairRejected"/>). <see cref="Late"/>: after its due instant.
/// </summary>
[EntityName("digitalcity.inspection.manhole-repaired")]
public sealed record ManholeRepaired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DefectId,
    Guid CoverId,
    string ComponentCode,
    string MaintainerCode,
    int Round,
    bool Late,
    string RepairedBy,
    string? Note,
    IReadOnlyList<string> PhotoRefs) : IIntegrationEvent;
