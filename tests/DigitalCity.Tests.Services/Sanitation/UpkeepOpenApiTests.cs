using System.Net;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Sanitation;

/// <summary>The sanitation OpenAPI document (which the gateway shows) describes the overflow and maintenance endpoints.</summary>
public class UpkeepOpenApiTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    [Theory]
    [InlineData("/api/sanitation/bin-readings", "post")]
    [InlineData("/api/sanitation/bin-readings/batch", "post")]
    [InlineData("/api/sanitation/bin-levels/{binCode}", "get")]
    [InlineData("/api/sanitation/overflow-reports", "post")]
    [InlineData("/api/sanitation/maintenance-orders", "get")]
    [InlineData("/api/sanitation/maintenance-orders", "post")]
    [InlineData("/api/sanitation/maintenance-orders/{id}/complete", "post")]
    [InlineData("/api/sanitation/maintenance-orders/{id}/cancel", "post")]
    public async Task The_document_describes_the_endpoint(string path, string method)
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/api/sanitation/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("paths").GetProperty(path).TryGetProperty(method, out _), $"{method} {path}");
    }
}
