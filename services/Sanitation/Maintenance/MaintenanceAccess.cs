using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>Who opens, works and reads work orders.</summary>
public static class MaintenanceAccess
{
    /// <summary>Supervisors open orders for anyone; staff report defects, assigned to themselves.</summary>
    public static readonly string[] Openers = [Roles.SanitationSupervisor, Roles.SanitationStaff];

    /// <summary>The assignee (staff) or a supervisor completes an order.</summary>
    public static readonly string[] Workers = [Roles.SanitationSupervisor, Roles.SanitationStaff];

    /// <summary>Staff read the orders assigned to them; supervisors, administrators and the centres' staff read all.</summary>
    public static readonly string[] Readers = [Roles.SanitationStaff, Roles.SanitationSupervisor, Roles.Administrator, .. Roles.CentreStaff];

    /// <summary>Whether the caller sees every order, not only those assigned to them.</summary>
    public static bool SeesAll(System.Security.Claims.ClaimsPrincipal user) =>
        user.HasAnyRole([Roles.SanitationSupervisor, Roles.Administrator, .. Roles.CentreStaff]);
}
