using System.Security.Claims;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Sanitation.Cleaning;

/// <summary>Who may do what with road cleaning plans: supervisors plan, staff record work on their own routes, the centres read.</summary>
public static class CleaningRoles
{
    /// <summary>Create and change plans.</summary>
    public static IReadOnlyList<string> Planners { get; } = [Roles.SanitationSupervisor];

    /// <summary>Read every plan, its runs and the figures.</summary>
    public static IReadOnlyList<string> Overseers { get; } = [Roles.SanitationSupervisor, .. Roles.CentreStaff];

    /// <summary>Read plans, runs and figures; sanitation staff only of the plans they crew.</summary>
    public static IReadOnlyList<string> Readers { get; } = [.. Overseers, Roles.SanitationStaff];

    /// <summary>Record runs, on the methods of the plans whose crew they are in.</summary>
    public static IReadOnlyList<string> Recorders { get; } = [Roles.SanitationStaff];

    /// <summary>The crew member a reader's lists are limited to: null for supervisors and centre staff, who see every plan.</summary>
    public static string? OwnPlansOnly(ClaimsPrincipal user) => user.HasAnyRole(Overseers) ? null : user.UserId();

    /// <summary>Whether <paramref name="user"/> may read <paramref name="plan"/>: an overseer, or in one of its crews.</summary>
    public static bool MayRead(ClaimsPrincipal user, CleaningPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return OwnPlansOnly(user) is not { } member || plan.HasCrewMember(member);
    }
}
