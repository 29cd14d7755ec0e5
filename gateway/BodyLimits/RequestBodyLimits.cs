using DigitalCity.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace DigitalCity.Gateway.BodyLimits;

/// <summary>
/// The largest request body the gateway accepts: <see cref="GatewayOptions.MaxRequestBodyBytes"/> for every request
/// (Kestrel's limit), overridden by a route's YARP <c>MaxRequestBodySize</c> (the imports; YARP applies it, -1 for
/// none). A larger body answers 413 with problem details: up front when <c>Content-Length</c> says so, and when a
/// chunked body passes the limit while it is forwarded (Kestrel then fails the read, which YARP reports as a 400).
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Applies the gateway-wide limit to Kestrel.</summary>
    public static IServiceCollection AddRequestBodyLimits(this IServiceCollection services)
    {
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>().Configure<IOptions<GatewayOptions>>((kestrel, gateway) =>
            kestrel.Limits.MaxRequestBodySize = gateway.Value.MaxRequestBodyBytes);
        return services;
    }

    /// <summary>Adds the step to the proxy pipeline, after the problem details step and before load balancing.</summary>
    public static IReverseProxyApplicationBuilder UseRequestBodyLimits(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            var limit = LimitOf(context);
            if (limit is not null && context.Request.ContentLength > limit)
            {
                await WriteAsync(context, limit.Value);
                return;
            }

            await next(context);
            if (limit is not null && ExceededLimit(context) && !context.Response.HasStarted)
            {
                await WriteAsync(context, limit.Value);
            }
        });
        return proxy;
    }

    /// <summary>The route's limit, else the gateway's; none when the route sets -1.</summary>
    static long? LimitOf(HttpContext context) =>
        context.GetRouteModel().Config.MaxRequestBodySize switch
        {
            null => context.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.MaxRequestBodyBytes,
            < 0 => null,
            var route => route,
        };

    static bool ExceededLimit(HttpContext context)
    {
        for (var exception = context.GetForwarderErrorFeature()?.Exception; exception is not null; exception = exception.InnerException)
        {
            if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }

    static Task WriteAsync(HttpContext context, long limit)
    {
        // YARP may have cleared the response headers after a failed forward; keep the id the client can quote.
        context.Response.Headers[CorrelationMiddleware.Header] = context.Request.Headers[CorrelationMiddleware.Header];
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "The request body is too large.",
            Detail = $"This route accepts request bodies of at most {limit} bytes.",
        };
        problem.Extensions["maxRequestBodyBytes"] = limit;
        return Results.Problem(problem).ExecuteAsync(context);
    }
}
