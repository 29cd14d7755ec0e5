using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// A body above the route's limit answers 413 with problem details, whether its Content-Length says so or it is
/// chunked; the import routes accept more than the gateway-wide limit.
/// </summary>
public sealed class BodyLimitTests : ServiceBehindGateway
{
    const int Limit = 1024;

    protected override IEnumerable<string> GatewayArguments => [$"--Gateway:MaxRequestBodyBytes={Limit}"];

    [Fact]
    public async Task A_body_whose_Content_Length_exceeds_the_limit_answers_413_without_reaching_the_service()
    {
        using var request = Post("/api/inspection/cases", new ByteArrayContent(new byte[Limit + 1]));

        using var response = await Gateway.SendAsync(request);

        var problem = await ProblemDetailsAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(Limit, problem.GetProperty("maxRequestBodyBytes").GetInt64());
        Assert.Equal(0, Service.Requests);
    }

    [Fact]
    public async Task A_chunked_body_that_exceeds_the_limit_answers_413()
    {
        using var request = Post("/api/inspection/cases", new StreamContent(new MemoryStream(new byte[4 * Limit])));
        request.Headers.TransferEncodingChunked = true;

        using var response = await Gateway.SendAsync(request);

        await ProblemDetailsAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_forwarded()
    {
        using var request = Post("/api/inspection/cases", new ByteArrayContent(new byte[Limit]));

        using var response = await Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Limit, (await Echo.ReadAsync(response)).BodyBytes);
    }

    [Fact]
    public async Task An_import_route_accepts_a_body_above_the_gateway_wide_limit()
    {
        using var request = Post("/api/sanitation/collections/import", new StreamContent(new MemoryStream(new byte[64 * Limit])));
        request.Headers.TransferEncodingChunked = true;

        using var response = await Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(64 * Limit, (await Echo.ReadAsync(response)).BodyBytes);
    }

    static HttpRequestMessage Post(string path, HttpContent content)
    {
        var request = GatewayHost.Get(path, GatewayHost.IssueToken());
        request.Method = HttpMethod.Post;
        request.Content = content;
        return request;
    }
}
