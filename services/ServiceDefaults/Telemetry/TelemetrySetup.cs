using DigitalCity.ServiceDefaults.Outbox;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DigitalCity.ServiceDefaults.Telemetry;

/// <summary>
/// Traces that follow a request from the gateway through a service, into the outbox and across
/// RabbitMQ to the consumer (W3C trace context in HTTP and message headers), plus runtime and HTTP
/// metrics. Exported by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class TelemetrySetup
{
    public static WebApplicationBuilder AddDigitalCityTelemetry(this WebApplicationBuilder builder, string processName)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(processName, serviceNamespace: "digitalcity"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsHealthProbe(context))
                .AddHttpClientInstrumentation()
                .AddSource(DiagnosticHeaders.DefaultListenerName, OutboxDispatcher.ActivitySourceName, "Yarp.ReverseProxy"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(InstrumentationOptions.MeterName));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    static bool IsHealthProbe(HttpContext context) => context.Request.Path.StartsWithSegments("/health");
}
