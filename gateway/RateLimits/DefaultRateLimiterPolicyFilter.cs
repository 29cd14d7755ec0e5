using Yarp.ReverseProxy.Configuration;

namespace DigitalCity.Gateway.RateLimits;

/// <summary>
/// Gives every route that names no <c>RateLimiterPolicy</c> the <see cref="RateLimitOptions.ApiPolicy"/> policy, so a
/// route added to the configuration is limited unless it says otherwise (a policy name, or <c>Disable</c>).
/// </summary>
public sealed class DefaultRateLimiterPolicyFilter : IProxyConfigFilter
{
    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) => new(cluster);

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel) =>
        new(string.IsNullOrWhiteSpace(route.RateLimiterPolicy) ? route with { RateLimiterPolicy = RateLimitOptions.ApiPolicy } : route);
}
