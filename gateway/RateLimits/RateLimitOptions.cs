namespace DigitalCity.Gateway.RateLimits;

/// <summary>
/// Configuration section <c>Gateway:RateLimits</c>: one fixed window per rate limiter policy a route names in its
/// <c>RateLimiterPolicy</c>. Each client (the token's <c>sub</c>, else the remote IP) has its own window per route.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Gateway:RateLimits";

    /// <summary>Policy of every route that names none: officers' and operators' apps and other city systems.</summary>
    public const string ApiPolicy = "api";

    /// <summary>Policy of anonymous writes the public sends: contest registration and entries, later Open311 requests.</summary>
    public const string PublicWritePolicy = "public-write";

    /// <summary>Limits of the <see cref="ApiPolicy"/> policy.</summary>
    public FixedWindowLimit Api { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Limits of the <see cref="PublicWritePolicy"/> policy.</summary>
    public FixedWindowLimit PublicWrite { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };
}

/// <summary>At most <see cref="PermitLimit"/> requests per client and route in each <see cref="Window"/>; none queued.</summary>
public sealed class FixedWindowLimit
{
    /// <summary>Requests allowed in one window.</summary>
    public int PermitLimit { get; set; }

    /// <summary>How long a window lasts; its remainder is the <c>Retry-After</c> of a refused request.</summary>
    public TimeSpan Window { get; set; }

    /// <summary>Whether both values can configure a limiter.</summary>
    public bool IsValid => PermitLimit > 0 && Window > TimeSpan.Zero;
}
