using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DigitalCity.Gateway.Forwarding;

/// <summary>
/// Behind a load balancer or ingress, the client's address is the one it writes in <c>X-Forwarded-For</c>, not the TCP
/// peer's. The gateway believes the header only from the proxies it is told to trust
/// (<c>Gateway:ForwardedHeaders:KnownProxies</c>, addresses; <c>:KnownNetworks</c>, CIDR ranges), and only their last
/// <c>:ForwardLimit</c> hops (default 1). Unset, nothing is trusted and a client cannot choose its own address (and so
/// its own rate-limit window) by sending the header.
/// </summary>
public static class ForwardedClientAddress
{
    public const string Section = "Gateway:ForwardedHeaders";

    public static IServiceCollection AddForwardedClientAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        var proxies = settings.KnownProxies.Select(p => IPAddress.TryParse(p, out var address) ? address : throw Invalid("KnownProxies", p)).ToList();
        var networks = settings.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Invalid("KnownNetworks", n)).ToList();
        if (settings.ForwardLimit < 1)
        {
            throw new InvalidOperationException($"{Section}:ForwardLimit must be at least 1.");
        }

        services.AddSingleton(new TrustedProxies(proxies.Count + networks.Count > 0));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.ForwardLimit;
            // The defaults trust loopback; only what is configured is trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>First in the pipeline, so the rate limiter, the logs and the services see the client's address.</summary>
    public static IApplicationBuilder UseForwardedClientAddress(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<TrustedProxies>().Any ? app.UseForwardedHeaders() : app;

    static InvalidOperationException Invalid(string setting, string text) => new($"{Section}:{setting}: '{text}' is not valid.");

    sealed record TrustedProxies(bool Any);
}
