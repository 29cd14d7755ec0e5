namespace DigitalCity.Gateway.Security;

/// <summary>Configuration section <c>Gateway:Cors</c>: which web origins may call the API from a browser.</summary>
public sealed class GatewayCorsOptions
{
    public const string Section = "Gateway:Cors";

    /// <summary>Origins allowed cross-origin access (<c>https://city.example</c>); none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
