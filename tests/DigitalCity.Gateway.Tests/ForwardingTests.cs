using System.Diagnostics;
using System.Net;
using DigitalCity.ServiceDefaults.Telemetry;

namespace DigitalCity.Gateway.Tests;

/// <summary>What a service receives from the gateway for an authorised request.</summary>
public sealed class ForwardingTests : IAsyncLifetime
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
    public async Task Path_and_query_reach_the_service_unchanged()
    {
        using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases/42?page=2&size=10", GatewayHost.IssueToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await Echo.ReadAsync(response);
        Assert.Equal("/api/inspection/cases/42", echo.Path);
        Assert.Equal("?page=2&size=10", echo.Query);
    }

    [Fact]
    public async Task Bearer_token_is_forwarded_so_the_service_can_validate_it_again()
    {
        var token = GatewayHost.IssueToken();

        using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {token}", (await Echo.ReadAsync(response)).Authorization);
    }

    [Fact]
    public async Task Client_correlation_id_reaches_the_service_and_comes_back()
    {
        using var request = GatewayHost.Get("/api/inspection/cases", GatewayHost.IssueToken());
        request.Headers.Add(CorrelationMiddleware.Header, "field-report-7");

        using var response = await gateway.SendAsync(request);

        Assert.Equal("field-report-7", (await Echo.ReadAsync(response)).CorrelationId);
        Assert.Equal("field-report-7", Assert.Single(response.Headers.GetValues(CorrelationMiddleware.Header)));
    }

    [Fact]
    public async Task Gateway_starts_a_correlation_id_when_the_client_sent_none_and_forwards_it()
    {
        using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", GatewayHost.IssueToken()));

        var forwarded = (await Echo.ReadAsync(response)).CorrelationId;
        Assert.False(string.IsNullOrWhiteSpace(forwarded));
        Assert.Equal(forwarded, Assert.Single(response.Headers.GetValues(CorrelationMiddleware.Header)));
    }

    [Fact]
    public async Task Trace_context_continues_into_the_service()
    {
        // An instrumented client inside a trace: its HttpClient sends a traceparent for this trace.
        // (A hand-written traceparent header would be replaced: the gateway's OpenTelemetry HttpClient
        // instrumentation listens process-wide, so it also instruments this test's client.)
        using var clientSpan = new Activity("client").SetParentId(
            ActivityTraceId.CreateFromString("4bf92f3577b34da6a3ce929d0e0e4736"), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start();
        using var request = GatewayHost.Get("/api/inspection/cases", GatewayHost.IssueToken());

        using var response = await gateway.SendAsync(request);

        var sent = Assert.Single(request.Headers.GetValues("traceparent"));
        var forwarded = (await Echo.ReadAsync(response)).TraceParent;
        Assert.StartsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-", sent, StringComparison.Ordinal);
        Assert.NotNull(forwarded);
        // Same trace, but the parent is the gateway's own span, not the client's.
        Assert.StartsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-", forwarded, StringComparison.Ordinal);
        Assert.NotEqual(sent, forwarded);
    }

    [Fact]
    public async Task OpenApi_document_is_reachable_without_a_token()
    {
        using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/openapi.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/api/inspection/openapi.json", (await Echo.ReadAsync(response)).Path);
    }
}
