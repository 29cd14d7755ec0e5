using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 井盖病害上报 — a defect of a manhole cover was reported; <see cref="DefectType"/> is a code of the
/// <c>manhole-covers</c> checklist (missing, broken, loose…). <see cref="CampaignId"/> is set when it was
/// found in a special inspection campaign and counts in that campaign's figures.
/// </summary>
[EntityName("digitalcity.inspection.manhole-defect-reported")]
public sealed record ManholeDefectReported(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid DefectId,
    Guid CoverId,
    string ComponentCode,
    string DistrictCode,
    string DefectType,
    Guid? CampaignId,
    DateOnly Day,
    string MaintainerCode,
    string ReportedBy,
    string? Note,
    IReadOnlyList<string> PhotoRefs) : IIntegrationEvent;
