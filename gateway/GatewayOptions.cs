namespace DigitalCity.Gateway;

/// <summary>Configuration section <c>Gateway</c>: settings YARP's own configuration does not offer.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>
    /// How long opening a connection to a service may take. Bounded so a service whose host is gone
    /// (packets dropped rather than refused) fails fast instead of holding the client for YARP's 15 s.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The largest request body (bytes) of any route that does not set its own YARP <c>MaxRequestBodySize</c>; 1 MiB.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
