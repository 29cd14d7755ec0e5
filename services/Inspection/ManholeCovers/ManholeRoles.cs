using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>Who may do what with the manhole-cover registry; the maintainer's own check is the aggregate's.</summary>
public static class ManholeRoles
{
    /// <summary>Put covers on file, singly or by import.</summary>
    public static IReadOnlyList<string> Registrars { get; } = [Roles.CampaignManager, Roles.Administrator];

    /// <summary>Report defects found in the street.</summary>
    public static IReadOnlyList<string> Reporters { get; } = [Roles.Inspector, Roles.GridOfficer];

    /// <summary>Assign a defect's repair to the cover's maintainer.</summary>
    public static IReadOnlyList<string> Assigners { get; } = [Roles.Dispatcher, Roles.CampaignManager];

    /// <summary>Check a repair on site: accept it or send it back.</summary>
    public static IReadOnlyList<string> Verifiers { get; } = [Roles.Inspector, Roles.GridOfficer, Roles.CampaignManager];

    /// <summary>Read covers, their defects and the campaign figures (administrators, who register, too).</summary>
    public static IReadOnlyList<string> Readers { get; } =
        [Roles.Operator, Roles.ShiftLead, Roles.Dispatcher, Roles.CampaignManager, Roles.Inspector, Roles.Administrator];
}
