using DigitalCity.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace DigitalCity.Gateway.Security;

/// <summary>
/// ASP.NET Core's CORS as the default policy of every route: the configured origins only, the methods and headers the
/// apps send, and the response headers they read. The gateway answers preflights itself, before authentication.
/// </summary>
public static class GatewayCors
{
    /// <summary>Request headers the apps send: the token, JSON bodies, retried field posts, the entrant's token.</summary>
    public static readonly string[] AllowedHeaders =
        ["Authorization", "Content-Type", "Idempotency-Key", "X-Entrant-Token", CorrelationMiddleware.Header];

    /// <summary>Response headers the apps read.</summary>
    public static readonly string[] ExposedHeaders = ["Retry-After", CorrelationMiddleware.Header, "Location"];

    public static readonly string[] AllowedMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public static IServiceCollection AddGatewayCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayCorsOptions>().Bind(configuration.GetSection(GatewayCorsOptions.Section));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<GatewayCorsOptions>>((cors, gateway) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(gateway.Value.AllowedOrigins)
                .WithMethods(AllowedMethods)
                .WithHeaders(AllowedHeaders)
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(gateway.Value.PreflightMaxAge)));
        return services;
    }
}
