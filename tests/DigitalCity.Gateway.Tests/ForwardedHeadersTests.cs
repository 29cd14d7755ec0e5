using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// Behind a trusted proxy the client's address comes from <c>X-Forwarded-For</c>, so two anonymous clients behind the
/// same ingress keep separate rate-limit windows; from anyone else the header is ignored.
/// </summary>
public static class ForwardedHeadersTests
{
    const string Registration = "/api/publicity/contests/lights-2023/entrants";

    static readonly string[] OneRegistrationPerHour =
    [
        "--Gateway:RateLimits:PublicWrite:PermitLimit=1",
        "--Gateway:RateLimits:PublicWrite:Window=01:00:00",
    ];

    public sealed class Behind_a_trusted_proxy : ServiceBehindGateway
    {
        // The tests' requests come from loopback: here loopback is the ingress.
        protected override IEnumerable<string> GatewayArguments => [.. OneRegistrationPerHour, "--Gateway:ForwardedHeaders:KnownProxies:0=127.0.0.1"];

        [Fact]
        public async Task Each_forwarded_client_has_its_own_window()
        {
            Assert.Equal(HttpStatusCode.OK, await RegisterAsync(Gateway, "203.0.113.7"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await RegisterAsync(Gateway, "203.0.113.7"));
            Assert.Equal(HttpStatusCode.OK, await RegisterAsync(Gateway, "203.0.113.8"));
        }
    }

    public sealed class With_no_trusted_proxy : ServiceBehindGateway
    {
        protected override IEnumerable<string> GatewayArguments => OneRegistrationPerHour;

        [Fact]
        public async Task A_client_cannot_choose_a_fresh_window_by_writing_the_header()
        {
            Assert.Equal(HttpStatusCode.OK, await RegisterAsync(Gateway, "203.0.113.7"));
            Assert.Equal(HttpStatusCode.TooManyRequests, await RegisterAsync(Gateway, "203.0.113.8"));
        }
    }

    public sealed class Settings
    {
        [Theory]
        [InlineData("KnownProxies", "ten.0.0.5")]
        [InlineData("KnownNetworks", "10.244.0.0/33")]
        public async Task A_malformed_proxy_stops_the_gateway_at_start_naming_the_setting(string setting, string value)
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => GatewayHost.StartAsync($"--Gateway:ForwardedHeaders:{setting}:0={value}"));

            Assert.Contains($"Gateway:ForwardedHeaders:{setting}", failure.Message, StringComparison.Ordinal);
            Assert.Contains(value, failure.Message, StringComparison.Ordinal);
        }
    }

    static async Task<HttpStatusCode> RegisterAsync(GatewayHost gateway, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Registration) { Content = new StringContent("{}") };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await gateway.SendAsync(request);
        return response.StatusCode;
    }
}
