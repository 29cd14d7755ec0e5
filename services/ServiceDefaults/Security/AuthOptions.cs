namespace DigitalCity.ServiceDefaults.Security;

/// <summary>Configuration section <c>Auth</c>: how bearer tokens are validated.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "digitalcity";

    public string Audience { get; set; } = "digitalcity-api";

    /// <summary>
    /// The shared HMAC-SHA256 key (at least 32 bytes of UTF-8) when no <see cref="Authority"/> is set.
    /// Never logged; supply it from a secret store in production.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect authority whose published keys sign the tokens (RS256).</summary>
    public string? Authority { get; set; }

    /// <summary>The development token issuer (<c>POST /dev/token</c>); only honoured in Development or standalone mode.</summary>
    public bool DevTokens { get; set; }

    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
}
