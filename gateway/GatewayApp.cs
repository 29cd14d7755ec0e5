using DigitalCity.Gateway.ApiDocs;
using DigitalCity.Gateway.BodyLimits;
using DigitalCity.Gateway.Dashboard;
using DigitalCity.Gateway.EventCatalogue;
using DigitalCity.Gateway.Forwarding;
using DigitalCity.Gateway.ProxyErrors;
using DigitalCity.ServiceDefaults.Hosting;
using Yarp.ReverseProxy.Forwarder;

namespace DigitalCity.Gateway;

/// <summary>
/// Builds the gateway process. <c>Program</c> and the tests both go through <see cref="Build"/>, so the
/// tests exercise the exact pipeline that runs in production, on a real Kestrel socket.
/// </summary>
public static class GatewayApp
{
    public const string ProcessName = "gateway";
    public const string ReverseProxySection = "ReverseProxy";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(ProcessName);

        builder.Services.AddOptions<GatewayOptions>()
            .Bind(builder.Configuration.GetSection(GatewayOptions.Section))
            .Validate(o => o.ConnectTimeout > TimeSpan.Zero, "Gateway:ConnectTimeout must be positive.")
            .Validate(o => o.MaxRequestBodyBytes > 0, "Gateway:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();

        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection(ReverseProxySection));
        // Registered after AddReverseProxy so it replaces YARP's default factory (15 s connect timeout).
        builder.Services.AddSingleton<IForwarderHttpClientFactory, TimeoutHttpClientFactory>();
        builder.AddGatewayHardening();

        builder.AddDashboard();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults(GatewayHardening.UseBeforeAuthentication);
        app.UseGatewayLimits();
        app.MapDashboard();
        app.MapApiReference();
        app.MapEventCatalogue();
        app.MapReverseProxy(proxy =>
        {
            // Outermost, so it sees the error of every later step, including "no destination available".
            proxy.UseProxyErrorProblemDetails();
            proxy.UseRequestBodyLimits();
            // A custom pipeline replaces YARP's default one, so its standard steps are added back here.
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
