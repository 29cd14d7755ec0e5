using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace DigitalCity.Gateway.Forwarding;

/// <summary>
/// YARP's client factory with <see cref="GatewayOptions.ConnectTimeout"/> applied: YARP's cluster
/// configuration has a per-request activity timeout but no connect timeout, which lives on the
/// <see cref="SocketsHttpHandler"/> the factory creates.
/// </summary>
public class TimeoutHttpClientFactory(IOptions<GatewayOptions> options, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = options.Value.ConnectTimeout;
    }
}
