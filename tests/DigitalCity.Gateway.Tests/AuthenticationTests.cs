using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>The gateway turns away requests without a valid token before they reach a service.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    FakeService service = null!;
    GatewayHost gateway = null!;

    public async ValueTask InitializeAsync()
    {
        service = await FakeService.StartAsync();
        gateway = await GatewayHost.StartAsync(GatewayHost.Destination("inspection", service.Address));
    }

    public async ValueTask DisposeAsync()
    {
        await gateway.DisposeAsync();
        await service.DisposeAsync();
    }

    [Fact]
    public async Task Request_without_a_token_answers_401_and_never_reaches_the_service()
    {
        using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, service.Requests);
    }

    [Fact]
    public async Task Expired_token_answers_401()
    {
        // Issued nine hours ago with an eight-hour lifetime: expired far beyond the 30 s clock skew.
        var token = GatewayHost.IssueToken(time: new FixedTime(DateTimeOffset.UtcNow.AddHours(-9)));

        using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, service.Requests);
    }

    [Fact]
    public async Task Token_signed_with_another_key_answers_401()
    {
        var token = GatewayHost.IssueToken(signingKey: "some-other-signing-key-of-at-least-32-bytes");

        using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, service.Requests);
    }

    [Fact]
    public async Task Posting_to_the_OpenApi_path_still_needs_a_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/inspection/openapi.json");

        using var response = await gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
