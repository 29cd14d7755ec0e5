using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection.Open311;

/// <summary>
/// Open311 GeoReport v2 at <c>/open311/v2</c>, outside <c>/api/inspection</c>, so existing 311 apps report
/// and follow city problems unchanged (docs/open311.md). Every path ends in <c>.json</c> or <c>.xml</c>; any
/// other suffix is 404 in the spec's error format. No bureau token is asked for: posting takes an
/// <c>api_key</c>, reading nothing.
/// </summary>
public static class Open311Module
{
    public const string Prefix = "/open311/v2";

    public static WebApplicationBuilder AddOpen311(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(Open311Options.From(builder.Configuration));
        return builder;
    }

    public static WebApplication MapOpen311(this WebApplication app, string groupName)
    {
        var open311 = app.MapGroup(Prefix).WithGroupName(groupName).WithTags("Open311").AllowAnonymous();
        open311.AddEndpointFilter(async (context, next) =>
            Open311Formats.Parse(context.HttpContext.Request.RouteValues[Open311Formats.RouteValue] as string) is null
                ? Open311Result.Error(Open311Format.Json, StatusCodes.Status404NotFound, "Paths end in .json or .xml.")
                : await next(context));
        open311.MapDiscovery();
        open311.MapServiceList();
        open311.MapPostServiceRequest();
        open311.MapServiceRequestQueries();
        return app;
    }
}
