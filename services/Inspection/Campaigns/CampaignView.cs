namespace DigitalCity.Inspection.Campaigns;

/// <summary>A campaign as the API shows it.</summary>
public sealed record CampaignView(
    Guid Id,
    long Version,
    string Name,
    InspectionType InspectionType,
    SpecialAction SpecialAction,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<string> DistrictCodes,
    string ChecklistCode,
    int ChecklistVersion,
    string? EscalationCategoryCode,
    string PlannedBy,
    DateTimeOffset PlannedAt)
{
    public static CampaignView From(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new(campaign.Id, campaign.Version, campaign.Name, campaign.InspectionType, campaign.SpecialAction, campaign.StartDate, campaign.EndDate,
            campaign.DistrictCodes, campaign.ChecklistCode, campaign.ChecklistVersion, campaign.EscalationCategoryCode, campaign.PlannedBy, campaign.PlannedAt);
    }
}
