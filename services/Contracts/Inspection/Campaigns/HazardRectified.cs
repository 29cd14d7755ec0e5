using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 整改完成 — a hazard was fixed: on the spot at the visit (<see cref="Immediate"/>) or confirmed by a
/// re-inspection (回头看) on <see cref="Day"/>; <see cref="Late"/> when that was after its due instant.
/// <see cref="VisitDay"/> is the day of the visit that found it, which the campaign's figures count it on.
/// </summary>
[EntityName("digitalcity.inspection.hazard-rectified")]
public sealed record HazardRectified(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid HazardId,
    Guid VisitId,
    Guid CampaignId,
    Guid PremisesId,
    string DistrictCode,
    DateOnly Day,
    DateOnly VisitDay,
    string ItemCode,
    bool Immediate,
    bool Late,
    string ConfirmedBy,
    IReadOnlyList<string> EvidencePhotoRefs) : IIntegrationEvent;
