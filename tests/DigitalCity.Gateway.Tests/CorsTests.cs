using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>The gateway answers CORS preflights itself: with the allow headers for a configured origin only.</summary>
public sealed class CorsTests : ServiceBehindGateway
{
    const string AllowedOrigin = "https://city.example";

    protected override IEnumerable<string> GatewayArguments => [$"--Gateway:Cors:AllowedOrigins:0={AllowedOrigin}"];

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_with_the_allow_headers()
    {
        using var response = await Gateway.SendAsync(Preflight(AllowedOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var headers = Header(response, "Access-Control-Allow-Headers") ?? "";
        Assert.Contains("Authorization", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("X-Entrant-Token", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, Service.Requests);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_allow_headers()
    {
        using var response = await Gateway.SendAsync(Preflight("https://elsewhere.example"));

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Headers"));
        Assert.Equal(0, Service.Requests);
    }

    [Fact]
    public async Task A_cross_origin_answer_exposes_Retry_After_the_correlation_id_and_Location()
    {
        using var request = GatewayHost.Get("/api/publicity/contests/lights-2023");
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        var exposed = Header(response, "Access-Control-Expose-Headers") ?? "";
        Assert.All(new[] { "Retry-After", "X-Correlation-Id", "Location" }, h => Assert.Contains(h, exposed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What a browser sends before an entrant's registration with a JSON body and the entrant's token.</summary>
    static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/publicity/contests/lights-2023/entries");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-entrant-token,authorization");
        return request;
    }

    static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
