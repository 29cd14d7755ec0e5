using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// The publicity routes the public uses pass the gateway without a bureau token — contests' rules, the ranking, the
/// result and certificates, registering and entering with an entrant's token, published bulletins — while every other
/// publicity route, and these paths with other methods, still need one. The service authorizes each again.
/// </summary>
public sealed class PublicContestRoutesTests : ServiceBehindGateway
{

    [Theory]
    [InlineData("GET", "/api/publicity/contests")]
    [InlineData("GET", "/api/publicity/contests/lights-2023")]
    [InlineData("GET", "/api/publicity/contests/lights-2023/ranking")]
    [InlineData("GET", "/api/publicity/contests/lights-2023/results")]
    [InlineData("GET", "/api/publicity/contests/lights-2023/results/certificates/0190c8a8-2f4e-7b1a-9c1d-3e5f6a7b8c9d")]
    [InlineData("POST", "/api/publicity/contests/lights-2023/entrants")]
    [InlineData("POST", "/api/publicity/contests/lights-2023/entries")]
    [InlineData("GET", "/api/publicity/contests/lights-2023/entries/mine")]
    [InlineData("GET", "/api/publicity/bulletins")]
    [InlineData("GET", "/api/publicity/bulletins/0190c8a8-2f4e-7b1a-9c1d-3e5f6a7b8c9d")]
    public async Task A_public_route_reaches_the_service_without_a_token(string method, string path)
    {
        using var response = await Gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Service.Requests);
    }

    [Theory]
    [InlineData("PUT", "/api/publicity/contests/lights-2023")]
    [InlineData("POST", "/api/publicity/contests/lights-2023/results")]
    [InlineData("GET", "/api/publicity/contests/lights-2023/entries")]
    [InlineData("POST", "/api/publicity/contests/lights-2023/entries/0190c8a8-2f4e-7b1a-9c1d-3e5f6a7b8c9d/approve")]
    [InlineData("POST", "/api/publicity/contests/lights-2023/likes")]
    [InlineData("GET", "/api/publicity/figures/daily")]
    [InlineData("POST", "/api/publicity/bulletins/drafts")]
    public async Task Every_other_publicity_route_needs_a_token(string method, string path)
    {
        using var response = await Gateway.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Service.Requests);
    }
}
