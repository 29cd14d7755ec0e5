using DigitalCity.Gateway.BodyLimits;
using DigitalCity.Gateway.Forwarding;
using DigitalCity.Gateway.RateLimits;
using DigitalCity.Gateway.Security;

namespace DigitalCity.Gateway;

/// <summary>
/// What the gateway enforces on every request besides tokens (docs/gateway.md): the client's address behind trusted
/// proxies, security headers, CORS, rate limits,
/// request timeouts and body limits. Each piece lives in its feature folder; this file only says where in the
/// pipeline each runs.
/// </summary>
public static class GatewayHardening
{
    public static WebApplicationBuilder AddGatewayHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddForwardedClientAddress(builder.Configuration);
        builder.Services.AddSecurityHeaders();
        builder.Services.AddGatewayCors(builder.Configuration);
        builder.Services.AddGatewayRateLimits(builder.Configuration);
        builder.Services.AddRequestTimeouts();
        builder.Services.AddRequestBodyLimits();
        return builder;
    }

    /// <summary>
    /// Before authentication: the client's address from trusted proxies, headers on every answer (401s included) and
    /// preflights answered without a token.
    /// </summary>
    public static void UseBeforeAuthentication(IApplicationBuilder app) => app.UseForwardedClientAddress().UseSecurityHeaders().UseCors();

    /// <summary>After authentication, so a limit counts the token's subject; before the proxy.</summary>
    public static WebApplication UseGatewayLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        // Serves the routes' YARP Timeout and TimeoutPolicy settings.
        app.UseRequestTimeouts();
        return app;
    }
}
