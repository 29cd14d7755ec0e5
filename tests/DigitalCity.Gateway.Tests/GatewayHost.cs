using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// The real gateway (<see cref="GatewayApp.Build"/>) on a loopback port, configured by command-line
/// arguments exactly as an operator would, with a client pointed at it.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public const string SigningKey = "gateway-tests-signing-key-of-at-least-32-bytes";

    readonly WebApplication app;

    GatewayHost(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Starts the gateway; <paramref name="args"/> override its appsettings.json.</summary>
    public static async Task<GatewayHost> StartAsync(params string[] args)
    {
        var app = GatewayApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--Auth:SigningKey={SigningKey}",
            "--Logging:LogLevel:Default=Warning",
            .. args,
        ]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        // The timeout guards against a hung test run; it is not an assertion on duration.
        var client = new HttpClient { BaseAddress = FakeService.BoundAddress(app), Timeout = TimeSpan.FromMinutes(1) };
        return new GatewayHost(app, client);
    }

    /// <summary>Arguments that point a cluster's only destination at <paramref name="address"/>.</summary>
    public static string Destination(string cluster, Uri address) =>
        $"--ReverseProxy:Clusters:{cluster}:Destinations:primary:Address={address}";

    /// <summary>A loopback address nothing listens on: a port bound by the OS, then released.</summary>
    public static Uri ClosedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    public static string IssueToken(string signingKey = SigningKey, TimeProvider? time = null, string subject = "officer-1") =>
        new TokenIssuer(new AuthOptions { SigningKey = signingKey }, time ?? TimeProvider.System)
            .Issue(subject, [Roles.GridOfficer]).AccessToken;

    public static HttpRequestMessage Get(string path, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) =>
        Client.SendAsync(request, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
