using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>整改核查不通过 — the repair was checked on site and refused: the defect goes back to its maintainer for repair.</summary>
/// <param name="Round">The repair round the defect goes back into: the refused round + 1.</param>
[EntityName("digitalcity.inspection.manhole-repair-rejected")]
public sealed record ManholeRepairRejected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DefectId,
    Guid CoverId,
    string ComponentCode,
    string MaintainerCode,
    int Round,
    string Reason,
    string RejectedBy) : IIntegrationEvent;
