using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>隐患 — a checklist item failed at a visit; <see cref="ItemCode"/> is the hazard's type.</summary>
/// <param name="Severity"><c>General</c> (一般), <c>Major</c> (较大) or <c>Serious</c> (重大).</param>
[EntityName("digitalcity.inspection.hazard-found")]
public sealed record HazardFound(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid HazardId,
    Guid VisitId,
    Guid CampaignId,
    Guid PremisesId,
    string PremisesName,
    string DistrictCode,
    DateOnly Day,
    string ItemCode,
    string ItemText,
    string Severity,
    string? Note,
    IReadOnlyList<string> PhotoRefs) : IIntegrationEvent;
