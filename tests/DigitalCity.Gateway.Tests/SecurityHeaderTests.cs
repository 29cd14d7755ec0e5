using System.Net;

namespace DigitalCity.Gateway.Tests;

/// <summary>Every gateway answer, forwarded or refused, carries the security headers and no Server header.</summary>
public sealed class SecurityHeaderTests : ServiceBehindGateway
{
    [Fact]
    public async Task A_forwarded_answer_carries_the_security_headers()
    {
        using var response = await Gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", GatewayHost.IssueToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_401_carries_the_security_headers_and_the_correlation_id()
    {
        using var response = await Gateway.SendAsync(GatewayHost.Get("/api/inspection/cases"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertSecurityHeaders(response);
        ProblemDetailsAssert.HasCorrelationId(response);
    }

    static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        // Plain HTTP here: HSTS is sent on HTTPS answers only.
        Assert.Null(Header(response, "Strict-Transport-Security"));
        Assert.Null(Header(response, "Server"));
    }

    static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;
}
