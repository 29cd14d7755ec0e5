using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DigitalCity.ServiceDefaults.Security;

/// <summary>
/// Signs tokens with the configured shared key. Used by the development token endpoint (standalone
/// and Development only) and by tests; production tokens come from the city's identity provider.
/// </summary>
public sealed class TokenIssuer(AuthOptions options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public IssuedToken Issue(string userId, IEnumerable<string> roles, string? name = null, string? department = null, string? district = null)
    {
        var now = time.GetUtcNow();
        var claims = new List<Claim> { new(DigitalCityClaims.Subject, userId) };
        claims.AddRange(roles.Select(r => new Claim(DigitalCityClaims.Role, r)));
        AddIfPresent(claims, DigitalCityClaims.Name, name);
        AddIfPresent(claims, DigitalCityClaims.Department, department);
        AddIfPresent(claims, DigitalCityClaims.District, district);

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(AuthSetup.SigningKey(options), SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, now + Lifetime);
    }

    static void AddIfPresent(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            claims.Add(new Claim(type, value));
        }
    }
}

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
