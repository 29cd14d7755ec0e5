using System.Security.Claims;

namespace DigitalCity.ServiceDefaults.Security;

/// <summary>The claims DigitalCity reads from a token, and helpers to read them.</summary>
public static class DigitalCityClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";

    /// <summary>The department a handler or staff member works for (e.g. <c>sanitation</c>).</summary>
    public const string Department = "department";

    /// <summary>The district (administrative code) a person works in.</summary>
    public const string District = "district";

    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirst(Subject)?.Value ?? throw new InvalidOperationException("The token has no subject.");

    /// <summary>The department the token names, if any.</summary>
    public static string? DepartmentCode(this ClaimsPrincipal user) => user.FindFirst(Department)?.Value;

    public static bool HasAnyRole(this ClaimsPrincipal user, IEnumerable<string> roles) => roles.Any(user.IsInRole);
}
