using System.Net;
using DigitalCity.Gateway.ApiDocs;

namespace DigitalCity.Gateway.Tests;

/// <summary>One browsable API reference at the gateway, open to anyone, listing every service's OpenAPI document.</summary>
public sealed class ApiReferenceTests : IAsyncLifetime
{
    GatewayHost gateway = null!;

    public async ValueTask InitializeAsync() => gateway = await GatewayHost.StartAsync();

    public async ValueTask DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task The_reference_is_served_without_a_token_and_names_each_services_document()
    {
        using var response = await gateway.SendAsync(GatewayHost.Get(ApiReference.Path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.All(ApiReference.Services, service => Assert.Contains($"\"api/{service}/openapi.json\"", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_references_script_is_served_by_the_gateway_itself_not_a_cdn()
    {
        using var page = await gateway.SendAsync(GatewayHost.Get(ApiReference.Path));
        Assert.Contains("<script src=\"scalar.js\"", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var script = await gateway.SendAsync(GatewayHost.Get($"{ApiReference.Path}/scalar.js"));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 10_000);
    }
}
