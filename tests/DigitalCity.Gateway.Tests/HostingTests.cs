using System.Net;
using DigitalCity.Gateway.Forwarding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace DigitalCity.Gateway.Tests;

/// <summary>The gateway's own endpoints and wiring.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task Liveness_probe_answers_200_without_a_token()
    {
        await using var gateway = await GatewayHost.StartAsync();

        using var response = await gateway.SendAsync(GatewayHost.Get("/health/live"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readiness_probe_answers_200_without_a_token()
    {
        await using var gateway = await GatewayHost.StartAsync();

        using var response = await gateway.SendAsync(GatewayHost.Get("/health/ready"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Forwarding_clients_come_from_the_connect_timeout_factory()
    {
        await using var gateway = await GatewayHost.StartAsync();

        Assert.IsType<TimeoutHttpClientFactory>(gateway.Services.GetRequiredService<IForwarderHttpClientFactory>());
    }

    [Fact]
    public void Configured_connect_timeout_is_set_on_the_socket_handler()
    {
        var factory = new CapturingFactory(new GatewayOptions { ConnectTimeout = TimeSpan.FromSeconds(3) });

        using var client = factory.CreateClient(new ForwarderHttpClientContext
        {
            ClusterId = "inspection",
            OldConfig = HttpClientConfig.Empty,
            OldMetadata = null,
            OldClient = null,
            NewConfig = HttpClientConfig.Empty,
            NewMetadata = null,
        });

        Assert.Equal(TimeSpan.FromSeconds(3), factory.Handler?.ConnectTimeout);
    }

    sealed class CapturingFactory(GatewayOptions options)
        : TimeoutHttpClientFactory(Options.Create(options), NullLogger<ForwarderHttpClientFactory>.Instance)
    {
        public SocketsHttpHandler? Handler { get; private set; }

        protected override HttpMessageHandler WrapHandler(ForwarderHttpClientContext context, HttpMessageHandler handler)
        {
            Handler = handler as SocketsHttpHandler;
            return handler;
        }
    }
}
