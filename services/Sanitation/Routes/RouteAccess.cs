using System.Security.Claims;
using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Sanitation.Routes;

/// <summary>"Sanitation staff record work on their own routes": who is held to their routes, and where they may record.</summary>
public sealed class RouteAccess(IRouteStore routes)
{
    /// <summary>Staff without a supervisor's or administrator's role work only where their routes go.</summary>
    public static bool IsCrewOnly(ClaimsPrincipal user) =>
        user.IsInRole(Roles.SanitationStaff) && !user.IsInRole(Roles.SanitationSupervisor) && !user.IsInRole(Roles.Administrator);

    /// <summary>Whether <paramref name="user"/> may record a load at <paramref name="siteCode"/>.</summary>
    public async Task<bool> MayRecordAtAsync(ClaimsPrincipal user, string siteCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !IsCrewOnly(user) || (await routes.CrewedByAsync(user.UserId(), cancellationToken)).Any(r => r.Serves(siteCode));
    }
}
