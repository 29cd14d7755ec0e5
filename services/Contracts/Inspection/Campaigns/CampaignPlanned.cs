using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 专项行动 — a campaign manager planned a special inspection campaign over <see cref="DistrictCodes"/>
/// from <see cref="StartDate"/> to <see cref="EndDate"/> (city dates, both included).
/// </summary>
[EntityName("digitalcity.inspection.campaign-planned")]
public sealed record CampaignPlanned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    string Name,
    string InspectionType,
    string SpecialAction,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<string> DistrictCodes,
    string ChecklistCode,
    int ChecklistVersion,
    string PlannedBy) : IIntegrationEvent;
