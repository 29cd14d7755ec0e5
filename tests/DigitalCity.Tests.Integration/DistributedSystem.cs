using System.Net.Http.Headers;
using DigitalCity.Gateway;
using DigitalCity.Inspection;
using DigitalCity.Publicity;
using DigitalCity.Sanitation;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

[assembly: AssemblyFixture(typeof(DigitalCity.Tests.Integration.DistributedSystem))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace DigitalCity.Tests.Integration;

/// <summary>
/// The distributed shape on one machine: the gateway and the three services as separate hosts on
/// loopback ports, each with its own SQLite files, talking over a real RabbitMQ.
/// </summary>
public sealed class DistributedSystem : IAsyncLifetime
{
    public const string SigningKey = "digitalcity-integration-signing-key-0123456789";

    /// <summary>Keys of contest entrants' phone numbers (base64 of 32 bytes each); only the publicity service reads them.</summary>
    public const string PhoneEncryptionKey = "aW50ZWdyYXRpb24tcGhvbmUtZW5jcnlwdGlvbi1rZXk=";

    public const string PhoneHmacKey = "aW50ZWdyYXRpb24tcGhvbmUtbG9va3VwLWhtYWMtayE=";

    readonly List<WebApplication> _hosts = [];
    readonly string _root = Directory.CreateTempSubdirectory("digitalcity-integration-").FullName;
    string? _skipReason;

    public BrokerSettings Broker { get; } = BrokerSettings.FromEnvironment();

    public CapturedLogs Logs { get; } = new();

    public SpanRecorder Spans { get; } = new();

    public Uri Gateway { get; private set; } = null!;

    public TokenIssuer Tokens { get; } = new(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System);

    public async ValueTask InitializeAsync()
    {
        _skipReason = await Broker.ProbeAsync();
        if (_skipReason is not null)
        {
            return;
        }

        var inspection = await StartServiceAsync(new InspectionModule());
        var sanitation = await StartServiceAsync(new SanitationModule());
        var publicity = await StartServiceAsync(new PublicityModule());
        Gateway = await StartAsync(GatewayApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--contentRoot={RepositoryPaths.Of("gateway")}",
            $"--Auth:SigningKey={SigningKey}",
            $"--ReverseProxy:Clusters:inspection:Destinations:primary:Address={inspection}",
            $"--ReverseProxy:Clusters:sanitation:Destinations:primary:Address={sanitation}",
            $"--ReverseProxy:Clusters:publicity:Destinations:primary:Address={publicity}",
            // The tests poll through the gateway every 25 ms as the same few subjects: far above a person's rate.
            "--Gateway:RateLimits:Api:PermitLimit=1000000",
        ], CaptureLogs));
    }

    /// <summary>Call first in every test: skips without a broker on a developer machine, fails in CI.</summary>
    public void RequireBroker()
    {
        if (_skipReason is not null)
        {
            CiRequirement.SkipOrFail(_skipReason, $"CI must run the broker tests. {_skipReason}");
        }
    }

    public HttpClient ClientFor(string userId, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Issue(userId, roles).AccessToken);
        return client;
    }

    /// <summary>A department handler's client: the token names the department.</summary>
    public HttpClient DepartmentClient(string userId, string department)
    {
        var client = new HttpClient { BaseAddress = Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            Tokens.Issue(userId, [Roles.DepartmentHandler], department: department).AccessToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }

        Spans.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    async Task<Uri> StartServiceAsync(IServiceModule module)
    {
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root, module.Name, "content")).FullName;
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--contentRoot={contentRoot}",
            "--Hosting:Mode=Distributed",
            "--Storage:Provider=Sqlite",
            $"--Storage:Sqlite:DataDirectory={Path.Combine(_root, module.Name, "data")}",
            $"--Auth:SigningKey={SigningKey}",
            $"--Publicity:PersonalData:EncryptionKey={PhoneEncryptionKey}",
            $"--Publicity:PersonalData:HmacKey={PhoneHmacKey}",
            .. Broker.HostArguments(),
        ];
        return await StartAsync(ServiceHost.Build(args, module.Name, [module], CaptureLogs));
    }

    void CaptureLogs(WebApplicationBuilder builder) => builder.Logging.AddProvider(Logs);

    async Task<Uri> StartAsync(WebApplication host)
    {
        _hosts.Add(host);
        await host.StartAsync();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }
}
