using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace DigitalCity.Gateway.RateLimits;

/// <summary>
/// Rate limits from ASP.NET Core's rate limiter, chosen per YARP route by its <c>RateLimiterPolicy</c> and partitioned
/// per route and client. A refused request answers 429 with <c>Retry-After</c> and a problem details body.
/// Endpoints outside the proxy (the health checks) have no policy and are never limited.
/// </summary>
public static class GatewayRateLimits
{
    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.Api.IsValid, "Gateway:RateLimits:Api needs a positive PermitLimit and Window.")
            .Validate(o => o.PublicWrite.IsValid, "Gateway:RateLimits:PublicWrite needs a positive PermitLimit and Window.")
            .ValidateOnStart();
        services.AddSingleton<IProxyConfigFilter, DefaultRateLimiterPolicyFilter>();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitOptions.ApiPolicy, context => Partition(context, o => o.Api));
            limiter.AddPolicy(RateLimitOptions.PublicWritePolicy, context => Partition(context, o => o.PublicWrite));
            limiter.OnRejected = (rejected, _) => WriteRejectionAsync(rejected.HttpContext, rejected.Lease);
        });
        return services;
    }

    /// <summary>The client a request is counted against: the token's subject when authenticated, else the remote address.</summary>
    public static string ClientOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(DigitalCityClaims.Subject) is { Length: > 0 } subject
            ? $"sub:{subject}"
            : $"ip:{context.Connection.RemoteIpAddress}";

    static RateLimitPartition<string> Partition(HttpContext context, Func<RateLimitOptions, FixedWindowLimit> limitOf)
    {
        var limit = limitOf(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        var route = context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId ?? "unrouted";
        return RateLimitPartition.GetFixedWindowLimiter($"{route}|{ClientOf(context)}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    static async ValueTask WriteRejectionAsync(HttpContext context, RateLimitLease lease)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests.",
            Detail = "This client has sent more requests to this route than the gateway allows in one window.",
        };
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            // Whole seconds, rounded up, so a client that waits that long finds a new window.
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            problem.Extensions["retryAfterSeconds"] = seconds;
        }

        await Results.Problem(problem).ExecuteAsync(context);
    }
}
