using System.Diagnostics;
using DigitalCity.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace DigitalCity.Gateway.ProxyErrors;

/// <summary>
/// Turns a failed forward into an RFC 9457 problem details body. YARP only sets the status code
/// (502 refused/failed, 504 timed out, 503 no destination) and leaves the body empty, so a client
/// would not learn which service failed nor the trace id to quote when reporting it.
/// </summary>
public static class ProxyErrorProblemDetails
{
    /// <summary>Adds the step to the proxy pipeline; put it first so it runs after every other step.</summary>
    public static IReverseProxyApplicationBuilder UseProxyErrorProblemDetails(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next(context);
            await WriteIfFailedAsync(context);
        });
        return proxy;
    }

    /// <summary>Writes the problem when forwarding failed, the response has not started and the client is still there.</summary>
    public static Task WriteIfFailedAsync(HttpContext context)
    {
        // YARP has already logged the failure (with its exception) as a warning; this only answers the client.
        var error = context.GetForwarderErrorFeature()?.Error ?? ForwarderError.None;
        // A route's Timeout (the request timeouts middleware) cancels the request as a client abort would, and YARP
        // answers it 400: it is the gateway giving up on the service, so a 504.
        var routeTimedOut = context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;
        if (error == ForwarderError.None || context.Response.HasStarted || (context.RequestAborted.IsCancellationRequested && !routeTimedOut))
        {
            return Task.CompletedTask;
        }

        if (routeTimedOut)
        {
            error = ForwarderError.RequestTimedOut;
            context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
        }

        var service = context.GetRouteModel().Config.ClusterId ?? "unknown";
        var status = context.Response.StatusCode >= StatusCodes.Status400BadRequest
            ? context.Response.StatusCode
            : StatusCodes.Status502BadGateway;

        // YARP may have cleared the response headers; keep the id the client can quote.
        if (!context.Response.Headers.ContainsKey(CorrelationMiddleware.Header))
        {
            context.Response.Headers[CorrelationMiddleware.Header] = context.Request.Headers[CorrelationMiddleware.Header];
        }

        var problem = new ProblemDetails
        {
            Status = status,
            Title = Title(error, status, service),
            Detail = $"The gateway could not forward the request to the {service} service ({error}).",
        };
        problem.Extensions["service"] = service;
        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

        // Goes through IProblemDetailsService (application/problem+json) and falls back to plain JSON
        // serialisation when the client's Accept header rules the service out.
        return Results.Problem(problem).ExecuteAsync(context);
    }

    /// <summary>A title that names the service, so the message alone says where the fault is.</summary>
    public static string Title(ForwarderError error, int status, string service) => (error, status) switch
    {
        (ForwarderError.NoAvailableDestinations, _) => $"No instance of the {service} service is available.",
        (ForwarderError.RequestTimedOut, _) or (_, StatusCodes.Status504GatewayTimeout) => $"The {service} service did not answer in time.",
        (ForwarderError.ResponseHeaders, _) => $"The {service} service sent an invalid response.",
        (_, >= StatusCodes.Status500InternalServerError) => $"The {service} service could not be reached.",
        _ => $"The request could not be forwarded to the {service} service.",
    };
}
