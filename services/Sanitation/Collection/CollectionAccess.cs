using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Sanitation.Collection;

/// <summary>Who records and who reads collection.</summary>
public static class CollectionAccess
{
    /// <summary>Staff record the loads they collect; supervisors record and import.</summary>
    public static readonly string[] Recorders = [Roles.SanitationStaff, Roles.SanitationSupervisor];

    /// <summary>Supervisors import files of weighbridge records.</summary>
    public static readonly string[] Importers = [Roles.SanitationSupervisor];

    /// <summary>Staff, supervisors, the centres' staff and other city systems read records and tonnage.</summary>
    public static readonly string[] Readers = [Roles.SanitationStaff, Roles.SanitationSupervisor, Roles.Administrator, Roles.ExternalSystem, .. Roles.CentreStaff];
}
