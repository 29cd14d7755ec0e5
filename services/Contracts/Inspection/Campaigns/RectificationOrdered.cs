using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 责令整改 — an officer ordered a hazard fixed: on the spot (立行立改, <see cref="Immediate"/>, no due
/// instant) or by <see cref="DueAt"/>. A failed re-inspection orders it again with a new due instant
/// (<see cref="Round"/> counts the orders, from 1).
/// </summary>
[EntityName("digitalcity.inspection.rectification-ordered")]
public sealed record RectificationOrdered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid HazardId,
    Guid VisitId,
    Guid CampaignId,
    Guid PremisesId,
    string DistrictCode,
    string ItemCode,
    bool Immediate,
    DateTimeOffset? DueAt,
    int Round,
    string OrderedBy) : IIntegrationEvent;
