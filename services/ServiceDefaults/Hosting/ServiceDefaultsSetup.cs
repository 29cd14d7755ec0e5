using System.Text.Json.Serialization;
using DigitalCity.ServiceDefaults.Health;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalCity.ServiceDefaults.Hosting;

/// <summary>What every DigitalCity process has: telemetry, problem details, strict JSON, health, auth.</summary>
public static class ServiceDefaultsSetup
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string processName)
    {
        builder.AddDigitalCityTelemetry(processName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp => CityClock.FromConfiguration(builder.Configuration, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHealthChecks();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? c.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.AddDigitalCityAuth();
        return builder;
    }

    /// <param name="app">The process being built.</param>
    /// <param name="beforeAuthentication">
    /// Middleware a process adds after correlation and before authentication, e.g. the gateway's security headers and
    /// CORS, so 401s carry them and preflights are answered without a token.
    /// </param>
    public static WebApplication UseServiceDefaults(this WebApplication app, Action<IApplicationBuilder>? beforeAuthentication = null)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CorrelationMiddleware>();
        beforeAuthentication?.Invoke(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapDevTokens();
        return app;
    }
}
