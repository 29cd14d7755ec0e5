namespace DigitalCity.Inspection.Campaigns.Groups;

/// <summary>An inspection group as the API shows it.</summary>
public sealed record GroupView(
    Guid Id,
    Guid CampaignId,
    string DistrictCode,
    DateOnly Day,
    string Name,
    string LeaderId,
    IReadOnlyList<string> OfficerIds,
    string FormedBy,
    DateTimeOffset FormedAt)
{
    public static GroupView From(InspectionGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new(group.Id, group.CampaignId, group.DistrictCode, group.Day, group.Name, group.LeaderId, group.OfficerIds, group.FormedBy, group.FormedAt);
    }
}
