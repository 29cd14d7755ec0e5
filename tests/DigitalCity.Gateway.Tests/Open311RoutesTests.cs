using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// Open311 GeoReport v2 passes the gateway without a bureau token: 311 apps post with an <c>api_key</c>,
/// which the inspection service checks, and read with nothing.
/// </summary>
public sealed class Open311RoutesTests : ServiceBehindGateway
{

    [Theory]
    [InlineData("GET", "/open311/v2/services.json")]
    [InlineData("GET", "/open311/v2/services/E0102.xml")]
    [InlineData("GET", "/open311/v2/requests.json")]
    [InlineData("POST", "/open311/v2/requests.json")]
    public async Task An_open311_path_reaches_the_inspection_service_without_a_token(string method, string path)
    {
        using var response = await Gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Service.Requests);
    }

    [Fact]
    public async Task The_inspection_api_still_needs_a_token()
    {
        using var response = await Gateway.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/inspection/cases"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Service.Requests);
    }
}
