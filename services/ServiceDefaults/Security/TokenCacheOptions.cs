namespace DigitalCity.ServiceDefaults.Security;

/// <summary>
/// Configuration section <c>Auth:TokenCache</c>: how many validated bearer tokens a process (the gateway or a service)
/// remembers, and for how long at most, so a client that sends the same token again is not parsed and its signature
/// not checked again.
/// </summary>
public sealed class TokenCacheOptions
{
    public const string Section = "Auth:TokenCache";

    /// <summary>Most tokens remembered at once; 0 turns the cache off (every request is validated in full).</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>
    /// Longest a validated token is remembered, however long it is still valid: bounds how long a signing key withdrawn
    /// by the authority keeps accepting the tokens it signed. A token is never remembered past its own <c>exp</c>.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether both values can configure the cache.</summary>
    public bool IsValid => MaxTokens >= 0 && MaxAge > TimeSpan.Zero;
}
