using DigitalCity.Contracts.Inspection;

namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>
/// The facts each campaign event establishes. Events carry their campaign, district and city date, so
/// projecting needs no read. A hazard's outcome (rectified on the spot or later, overdue) counts on the day
/// of the visit that found it, so each day's figures follow that day's hazards to their end and stay within
/// the campaign's period, however long after it a re-inspection (回头看) comes. Distinct counts (officers, premises) use natural subjects; counts of
/// occurrences use the hazard or the order, so a redelivery or a second event stating the same thing counts once.
/// </summary>
public static class FigureProjector
{
    public static IReadOnlyList<FigureFact> Project(InspectionGroupFormed e) =>
    [
        new(FigureIndicators.Groups, e.GroupId.ToString(), e.CampaignId, e.DistrictCode, e.Day),
        .. e.OfficerIds.Select(o => new FigureFact(FigureIndicators.Officers, $"{e.CampaignId}|{e.DistrictCode}|{e.Day:yyyy-MM-dd}|{o}", e.CampaignId, e.DistrictCode, e.Day)),
    ];

    public static IReadOnlyList<FigureFact> Project(InspectionCompleted e) =>
    [
        new(FigureIndicators.Visits, e.VisitId.ToString(), e.CampaignId, e.DistrictCode, e.Day),
        new(FigureIndicators.Premises, $"{e.CampaignId}|{e.Day:yyyy-MM-dd}|{e.PremisesId}", e.CampaignId, e.DistrictCode, e.Day),
    ];

    public static IReadOnlyList<FigureFact> Project(HazardFound e) =>
    [
        new(FigureIndicators.Hazards, e.HazardId.ToString(), e.CampaignId, e.DistrictCode, e.Day),
        new(FigureIndicators.HazardsOfType(e.ItemCode), e.HazardId.ToString(), e.CampaignId, e.DistrictCode, e.Day),
    ];

    public static IReadOnlyList<FigureFact> Project(HazardRectified e) =>
    [
        new(e.Immediate ? FigureIndicators.RectifiedImmediately : FigureIndicators.RectifiedLater, e.HazardId.ToString(), e.CampaignId, e.DistrictCode, e.VisitDay),
    ];

    public static IReadOnlyList<FigureFact> Project(RectificationOverdue e) =>
    [
        new(FigureIndicators.Overdue, $"{e.HazardId}|{e.Round}", e.CampaignId, e.DistrictCode, e.VisitDay),
    ];
}
