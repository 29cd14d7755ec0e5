using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// Each client (token subject, else remote address) has its own window per route; a burst above it answers 429 with
/// Retry-After and problem details. Windows here are an hour long, so no request of a test ever sees a new window.
/// </summary>
public sealed class RateLimitTests : ServiceBehindGateway
{
    protected override IEnumerable<string> GatewayArguments =>
    [
        "--Gateway:RateLimits:Api:PermitLimit=2",
        "--Gateway:RateLimits:Api:Window=01:00:00",
        "--Gateway:RateLimits:PublicWrite:PermitLimit=1",
        "--Gateway:RateLimits:PublicWrite:Window=01:00:00",
    ];

    [Fact]
    public async Task A_burst_above_the_limit_answers_429_with_Retry_After_and_problem_details()
    {
        var token = GatewayHost.IssueToken(subject: "officer-burst");
        await SendAsync(2, () => GatewayHost.Get("/api/inspection/cases", token), HttpStatusCode.OK);

        using var refused = await Gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", token));

        var problem = await ProblemDetailsAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        Assert.Equal(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(2, Service.Requests);
    }

    [Fact]
    public async Task Another_token_subject_is_not_limited_by_the_first_clients_burst()
    {
        var first = GatewayHost.IssueToken(subject: "officer-first");
        await SendAsync(2, () => GatewayHost.Get("/api/inspection/cases", first), HttpStatusCode.OK);
        await SendAsync(1, () => GatewayHost.Get("/api/inspection/cases", first), HttpStatusCode.TooManyRequests);

        var second = GatewayHost.IssueToken(subject: "officer-second");
        await SendAsync(2, () => GatewayHost.Get("/api/inspection/cases", second), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_entrant_registration_has_the_stricter_public_write_limit()
    {
        // Same client (the loopback address): one registration per window, while the ranking keeps its API limit of 2.
        await SendAsync(1, () => Post("/api/publicity/contests/lights-2023/entrants"), HttpStatusCode.OK);
        using var refused = await Gateway.SendAsync(Post("/api/publicity/contests/lights-2023/entrants"));
        await ProblemDetailsAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.Contains("Retry-After"));

        await SendAsync(2, () => GatewayHost.Get("/api/publicity/contests/lights-2023/ranking"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_checks_are_never_limited()
    {
        await SendAsync(5, () => GatewayHost.Get("/health/live"), HttpStatusCode.OK);
    }

    static HttpRequestMessage Post(string path) => new(HttpMethod.Post, path) { Content = new StringContent("{}") };

    async Task SendAsync(int times, Func<HttpRequestMessage> request, HttpStatusCode expected)
    {
        for (var i = 0; i < times; i++)
        {
            using var message = request();
            using var response = await Gateway.SendAsync(message);
            Assert.Equal(expected, response.StatusCode);
        }
    }
}
