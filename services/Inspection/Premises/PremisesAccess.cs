using System.Security.Claims;
using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Inspection.Premises;

/// <summary>Who may do what with the premises registry.</summary>
public static class PremisesAccess
{
    /// <summary>Register, edit and import files.</summary>
    public static IReadOnlyList<string> Keepers { get; } = [Roles.CampaignManager, Roles.Administrator];

    /// <summary>Read and search files: the keepers, the inspectors who visit, and centre staff.</summary>
    public static IReadOnlyList<string> Readers { get; } = [.. Keepers, Roles.Inspector, .. Roles.CentreStaff];

    /// <summary>
    /// The contact phone is shown in full to the keepers and to inspectors, who call premises to arrange a
    /// visit; centre staff, who only need to know a contact exists, see it masked.
    /// </summary>
    public static bool SeesContactPhone(ClaimsPrincipal user) => user.HasAnyRole([.. Keepers, Roles.Inspector]);
}
