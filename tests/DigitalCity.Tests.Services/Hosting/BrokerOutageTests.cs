using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using DigitalCity.Inspection;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Tests.Services.Hosting;

/// <summary>A service whose broker is unreachable still accepts work, keeps the events, and says it is not ready.</summary>
public sealed class BrokerOutageTests : IAsyncLifetime
{
    const string SigningKey = "digitalcity-test-signing-key-0123456789abcdef";
    readonly TempDirectory _data = new();
    WebApplication _host = null!;
    HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _host = ServiceHost.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--contentRoot={_data.Path}",
            "--Storage:Provider=Sqlite",
            $"--Storage:Sqlite:DataDirectory={_data.Path}",
            "--Messaging:Transport=RabbitMq",
            "--Messaging:RabbitMq:Host=127.0.0.1",
            $"--Messaging:RabbitMq:Port={ClosedPort()}",
            "--Messaging:RabbitMq:Username=digitalcity",
            "--Messaging:RabbitMq:Password=not-a-real-password",
            "--Outbox:PublishTimeout=00:00:00.500",
            $"--Auth:SigningKey={SigningKey}",
        ], "inspection", [new InspectionModule()]);
        await _host.StartAsync();
        var address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.StopAsync();
        await _host.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task A_report_is_accepted_and_its_event_kept_while_the_broker_is_down()
    {
        var token = new TokenIssuer(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System).Issue("officer-1", [Roles.GridOfficer]);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inspection/cases") { Content = JsonContent.Create(Api.ValidReport()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var outbox = _host.Services.GetRequiredKeyedService<IOutboxStore>(InspectionModule.ServiceName);
        Assert.Equal(1, await outbox.CountPendingAsync(default));
        // Readiness shows the backlog to operators, and a backlog alone never makes the service unready.
        var backlog = (await (await _client.GetAsync("/health/ready")).ReadJsonAsync()).GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "inspection-outbox");
        Assert.Equal("Healthy", backlog.GetProperty("status").GetString());
        Assert.Equal(1, backlog.GetProperty("data").GetProperty("pending").GetInt64());
    }

    [Fact]
    public async Task Ready_fails_while_live_still_answers()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);

        var ready = await Eventually.ReturnsAsync(() => _client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable);

        var checks = (await ready.ReadJsonAsync()).GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks["inspection-store"]);
        Assert.Contains(checks, c => c.Key.StartsWith("masstransit", StringComparison.Ordinal) && c.Value != "Healthy");
    }

    static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // free again once the listener stops
    }
}
