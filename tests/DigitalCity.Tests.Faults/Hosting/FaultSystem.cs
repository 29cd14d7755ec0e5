using System.Net.Http.Headers;
using DigitalCity.Gateway;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Faults.Broker;
using DigitalCity.Tests.Faults.Load;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Tests.Faults.Hosting;

/// <summary>
/// The distributed shape on loopback: the suite's own RabbitMQ node, the three services as processes of their
/// own (each with its SQLite files), and the gateway in front of them. Everything lives in one temp folder.
/// </summary>
public sealed class FaultSystem : IAsyncDisposable
{
    const string SigningKey = "digitalcity-fault-suite-signing-key-0123456789";
    const string PhoneEncryptionKey = "ZmF1bHQtc3VpdGUtcGhvbmUtZW5jcnlwdGlvbi1rZXk=";
    const string PhoneHmacKey = "ZmF1bHQtc3VpdGUtcGhvbmUtbG9va3VwLWhtYWMtayE=";

    readonly string _root = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "fault-runs", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}")).FullName;
    readonly TokenIssuer _tokens = new(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System);
    readonly SocketsHttpHandler _handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    WebApplication? _gateway;

    FaultSystem()
    {
    }

    public RabbitMqNode Broker { get; private set; } = null!;

    public ServiceProcess Inspection { get; private set; } = null!;

    public ServiceProcess Sanitation { get; private set; } = null!;

    public ServiceProcess Publicity { get; private set; } = null!;

    public IEnumerable<ServiceProcess> Services => [Inspection, Sanitation, Publicity];

    public Uri Gateway { get; private set; } = null!;

    /// <summary>Every part's log and data; kept after a failure (see <see cref="KeepLogs"/>), deleted otherwise.</summary>
    public string LogDirectory => _root;

    public bool KeepLogs { get; set; }

    /// <summary>Skips on a developer machine without RabbitMQ's server package; fails in CI, which must run the suite.</summary>
    public static void RequireRabbitMqServer()
    {
        if (RabbitMqNode.IsInstalled)
        {
            return;
        }

        var reason = $"The fault suite starts a RabbitMQ node of its own and needs Debian's rabbitmq-server ({RabbitMqNode.ScriptDirectory}).";
        CiRequirement.SkipOrFail(reason, $"CI must run the fault suite. {reason}");
    }

    /// <summary>Set to a MongoDB connection string (a replica set) to run the suite on the MongoDB adapter too.</summary>
    public const string MongoVariable = "DIGITALCITY_TEST_MONGO";

    /// <summary>
    /// The services' settings for a storage provider: SQLite files in the run's folder, or a database per service
    /// and run on the MongoDB <see cref="MongoVariable"/> names (skipped without one, in CI too, as the contract suites are).
    /// </summary>
    public static string[] Storage(string provider)
    {
        if (provider != "MongoDb")
        {
            return [];
        }

        var mongo = Environment.GetEnvironmentVariable(MongoVariable);
        if (string.IsNullOrWhiteSpace(mongo))
        {
            Assert.Skip($"Set {MongoVariable} to a MongoDB connection string to run this on MongoDB.");
        }

        return ["--Storage:Provider=MongoDb", $"--Storage:MongoDb:ConnectionString={mongo}", $"--Storage:MongoDb:DatabasePrefix=faults-{Guid.NewGuid():N}"[..40]];
    }

    /// <param name="serviceSettings">Settings for every service (<c>--Key=value</c>), after the suite's own: the last one wins.</param>
    /// <param name="gatewaySettings">Settings for the gateway, after the suite's own.</param>
    public static async Task<FaultSystem> StartAsync(IEnumerable<string>? serviceSettings = null, IEnumerable<string>? gatewaySettings = null)
    {
        var system = new FaultSystem();
        try
        {
            await system.StartPartsAsync([.. serviceSettings ?? []], [.. gatewaySettings ?? []]);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of the gateway, or of <paramref name="service"/> directly, signed in as <paramref name="userId"/>.</summary>
    public HttpClient ClientFor(string userId, string role, ServiceProcess? service = null)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = service?.Address ?? Gateway, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Issue(userId, [role]).AccessToken);
        return client;
    }

    public BureauClients Bureau(string officerId) => new(
        ClientFor(officerId, Roles.GridOfficer),
        ClientFor("lead-faults", Roles.ShiftLead),
        ClientFor("dispatcher-faults", Roles.Dispatcher),
        ClientFor("operator-faults", Roles.Operator));

    /// <summary>The last lines of every part's log, for a failure message.</summary>
    public string Diagnostics() => string.Join("\n\n", Services.Select(s => $"--- {s.Name}\n{s.LogTail(25)}").Append($"--- RabbitMQ\n{Broker.LogTail()}"));

    public async ValueTask DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.StopAsync();
            await _gateway.DisposeAsync();
        }

        foreach (var service in new[] { Inspection, Sanitation, Publicity }.Where(s => s is not null))
        {
            await service.DisposeAsync();
        }

        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }

        _handler.Dispose();
        if (!KeepLogs)
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    async Task StartPartsAsync(string[] serviceSettings, string[] gatewaySettings)
    {
        Broker = await RabbitMqNode.StartAsync(_root);
        Inspection = await StartServiceAsync("Inspection", serviceSettings);
        Sanitation = await StartServiceAsync("Sanitation", serviceSettings);
        Publicity = await StartServiceAsync("Publicity", serviceSettings);
        _gateway = GatewayApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--contentRoot={RepositoryPaths.Of("gateway")}",
            $"--Auth:SigningKey={SigningKey}",
            $"--ReverseProxy:Clusters:inspection:Destinations:primary:Address={Inspection.Address}",
            $"--ReverseProxy:Clusters:sanitation:Destinations:primary:Address={Sanitation.Address}",
            $"--ReverseProxy:Clusters:publicity:Destinations:primary:Address={Publicity.Address}",
            // Four people send tens of thousands of requests in a few minutes: far above a person's rate.
            "--Gateway:RateLimits:Api:PermitLimit=1000000",
            .. gatewaySettings,
        ], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await _gateway.StartAsync();
        Gateway = new Uri(_gateway.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    Task<ServiceProcess> StartServiceAsync(string name, string[] settings) => ServiceProcess.StartAsync(name,
    [
        "--Hosting:Mode=Distributed",
        "--Storage:Provider=Sqlite",
        $"--Storage:Sqlite:DataDirectory={Path.Combine(_root, name.ToLowerInvariant())}",
        $"--Auth:SigningKey={SigningKey}",
        $"--Publicity:PersonalData:EncryptionKey={PhoneEncryptionKey}",
        $"--Publicity:PersonalData:HmacKey={PhoneHmacKey}",
        .. Broker.HostArguments(),
        // One line per entry with its time, so a failure's logs tell what happened when.
        "--Logging:Console:FormatterName=simple",
        "--Logging:Console:FormatterOptions:SingleLine=true",
        "--Logging:Console:FormatterOptions:TimestampFormat=HH:mm:ss.fff ",
        .. settings,
    ], _root);
}
