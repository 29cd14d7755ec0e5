using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Sanitation.Facilities;

/// <summary>Who keeps and who reads the registry.</summary>
public static class FacilityAccess
{
    /// <summary>Supervisors keep the registry; administrators may too.</summary>
    public static readonly string[] Keepers = [Roles.SanitationSupervisor, Roles.Administrator];

    /// <summary>Staff, supervisors and the centres' staff read it.</summary>
    public static readonly string[] Readers = [Roles.SanitationStaff, Roles.SanitationSupervisor, Roles.Administrator, .. Roles.CentreStaff];
}
