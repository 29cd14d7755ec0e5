using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 专项行动 — a campaign manager planned a special inspection campaign over <see cref="DistrictCodes"/>
/// from <see cref="StartDate"/> to <see cref="EndDate"/> (city dates, both included).
/// </summary>
/// <param name="InspectionType"><c>GasSafety</c>, <c>ManholeCovers</c>, <c>StreetOrder</c> or <c>Other</c>.</param>
/// <param name="SpecialAction">One of the bureau's six special actions: <c>PublicSafety</c>, <c>CityAppearanceAndSanitation</c>, <c>AirPollutionControl</c>, <c>DigitalCityManagement</c>, <c>LawEnforcement</c> or <c>Greening</c>.</param>
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
