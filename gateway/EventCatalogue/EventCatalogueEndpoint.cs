using System.Text.Json;

namespace DigitalCity.Gateway.EventCatalogue;

/// <summary>Serves the AsyncAPI document of DigitalCity's messages at <c>GET /asyncapi.json</c>, without a token.</summary>
public static class EventCatalogueEndpoint
{
    public const string Path = "/asyncapi.json";

    /// <summary>Built once: the contracts cannot change while the process runs.</summary>
    static readonly Lazy<string> Document = new(() => AsyncApiDocument.Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    public static IEndpointRouteBuilder MapEventCatalogue(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, () => Results.Text(Document.Value, "application/json"))
            .AllowAnonymous()
            .WithName("AsyncApiDocument")
            .WithSummary("The AsyncAPI 3.0 document of the events DigitalCity publishes and the messages it receives.")
            .ExcludeFromDescription();
        return endpoints;
    }
}
