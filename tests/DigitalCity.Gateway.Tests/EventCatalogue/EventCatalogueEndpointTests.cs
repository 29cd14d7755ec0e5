using System.Net;
using System.Text.Json;
using DigitalCity.Gateway.EventCatalogue;

namespace DigitalCity.Gateway.Tests.EventCatalogue;

/// <summary>Other city systems read the AsyncAPI document from the gateway without a token.</summary>
public sealed class EventCatalogueEndpointTests : IAsyncLifetime
{
    GatewayHost gateway = null!;

    public async ValueTask InitializeAsync() => gateway = await GatewayHost.StartAsync();

    public async ValueTask DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task The_AsyncAPI_document_is_served_without_a_token()
    {
        using var response = await gateway.SendAsync(GatewayHost.Get(EventCatalogueEndpoint.Path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("3.0.0", document.RootElement.GetProperty("asyncapi").GetString());
        Assert.True(document.RootElement.GetProperty("channels").TryGetProperty("digitalcity.inspection.case-reported", out _));
    }
}
