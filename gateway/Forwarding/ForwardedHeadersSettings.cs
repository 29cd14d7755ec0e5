namespace DigitalCity.Gateway.Forwarding;

/// <summary>The proxies in front of the gateway whose <c>X-Forwarded-For</c> it believes (see <see cref="ForwardedClientAddress"/>).</summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.244.0.0/16</c> for a cluster's pods.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many hops of the header to read, from the right.</summary>
    public int ForwardLimit { get; set; } = 1;
}
