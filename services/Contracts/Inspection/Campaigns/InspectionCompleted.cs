using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 检查记录 — an inspection group visited premises and filled in the campaign's checklist:
/// <see cref="ItemsChecked"/> answers, of which <see cref="HazardsFound"/> failed and became hazards.
/// </summary>
[EntityName("digitalcity.inspection.inspection-completed")]
public sealed record InspectionCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid VisitId,
    Guid CampaignId,
    Guid GroupId,
    Guid PremisesId,
    string PremisesName,
    string DistrictCode,
    DateOnly Day,
    IReadOnlyList<string> OfficerIds,
    int ItemsChecked,
    int HazardsFound,
    IReadOnlyList<string> PhotoRefs) : IIntegrationEvent;
