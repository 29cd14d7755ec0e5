using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigitalCity.ServiceDefaults.Telemetry;

/// <summary>
/// Keeps the <c>X-Correlation-Id</c> a client or the gateway sent (or starts one), echoes it on the
/// response, tags the trace with it and puts it in every log entry's scope.
/// </summary>
public sealed class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";
    const int MaxLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var id = context.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxLength)
        {
            id = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
            context.Request.Headers[Header] = id;
        }

        context.Response.Headers[Header] = id;
        Activity.Current?.SetTag("correlation.id", id);
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
        {
            await next(context);
        }
    }
}
