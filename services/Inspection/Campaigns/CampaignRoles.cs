using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Inspection.Campaigns;

/// <summary>Who may do what in special inspection campaigns.</summary>
public static class CampaignRoles
{
    /// <summary>Plan campaigns, form groups.</summary>
    public static IReadOnlyList<string> Planners { get; } = [Roles.CampaignManager];

    /// <summary>Add checklist versions: the city's reference data.</summary>
    public static IReadOnlyList<string> ChecklistEditors { get; } = [Roles.CampaignManager, Roles.Administrator];

    /// <summary>Read campaigns, checklists, groups, visits and figures; inspectors see only their own groups' visits.</summary>
    public static IReadOnlyList<string> Readers { get; } = [Roles.CampaignManager, Roles.Inspector, Roles.Administrator, .. Roles.CentreStaff];
}
