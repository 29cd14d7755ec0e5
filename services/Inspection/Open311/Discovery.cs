using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Open311;

/// <summary>Service discovery: where this GeoReport v2 endpoint is, which spec it follows and in which formats.</summary>
public static class Discovery
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this endpoint's behaviour last changed; clients compare it to know they must re-read the service list.</summary>
    public static readonly DateTimeOffset Changeset = new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

    public static RouteGroupBuilder MapDiscovery(this RouteGroupBuilder open311)
    {
        open311.MapGet("/discovery.{format}", Handle)
            .WithName("Open311Discovery")
            .WithSummary("GeoReport v2 discovery: the endpoint, its specification, formats and changeset.");
        return open311;
    }

    static Open311Result Handle(string format, HttpRequest request)
    {
        var endpoint = new Open311Object(
        [
            ("specification", Specification),
            ("url", $"{request.Scheme}://{request.Host}{request.PathBase}{Open311Module.Prefix}"),
            ("changeset", Changeset),
            ("type", "production"),
            ("formats", new Open311Array("format", [Open311Format.Json.MediaType(), Open311Format.Xml.MediaType()])),
        ]);
        var discovery = new Open311Object(
        [
            ("changeset", Changeset),
            ("contact", "数字城管监督指挥中心 — the city management supervision centre"),
            ("key_service", "API keys for posting requests are issued by the supervision centre (Inspection:Open311:ApiKeys)."),
            ("endpoints", new Open311Array("endpoint", [endpoint])),
        ]);
        return new Open311Result(discovery, "discovery", Open311Formats.Of(format));
    }
}
