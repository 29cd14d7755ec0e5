using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using DigitalCity.Inspection;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Benchmarks.Service;

/// <summary>
/// A service — the inspection service unless told otherwise — as the standalone host runs it, in this process: Kestrel on a free loopback
/// port, the SQLite store in a new temp folder, MassTransit's in-memory bus (or RabbitMQ, when given a broker) and its outbox dispatcher,
/// tokens signed with a key made for this run. The <see cref="BenchmarkModule"/> beside it counts
/// every <see cref="DigitalCity.Contracts.Inspection.CaseReported"/> the outbox publishes.
/// </summary>
sealed class BenchmarkHost : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly SocketsHttpHandler _handler;
    readonly TokenIssuer _tokens;

    readonly string _serviceName;

    BenchmarkHost(WebApplication app, string serviceName, string dataDirectory, Uri address, TokenIssuer tokens, string signingKey, int concurrency)
    {
        SigningKey = signingKey;
        _app = app;
        _serviceName = serviceName;
        DataDirectory = dataDirectory;
        _tokens = tokens;
        // One connection per request in flight, kept open: the figure is about the service, not TCP set-up.
        _handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        Address = address;
    }

    public string DataDirectory { get; }

    /// <summary>The key this run's tokens are signed with, for a gateway placed in front of the service.</summary>
    public string SigningKey { get; }

    public Uri Address { get; }

    /// <summary>Counts the <c>CaseReported</c> events the service's outbox published.</summary>
    public DeliveryCounter Published => _app.Services.GetRequiredService<DeliveryCounter>();

    public IServiceProvider Services => _app.Services;

    /// <summary>A new folder for the service's SQLite file; <see cref="StartAsync"/> opens whatever it holds.</summary>
    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), $"digitalcity-bench-{Guid.NewGuid():N}");

    /// <param name="service">The service measured; the inspection service when null.</param>
    /// <param name="alongside">A second service module hosted in the same process, as the standalone host does, e.g. one that consumes the first one's events.</param>
    /// <param name="broker">The RabbitMQ broker the bus uses; MassTransit's in-memory bus when null.</param>
    public static async Task<BenchmarkHost> StartAsync(string dataDirectory, int concurrency, CancellationToken cancellationToken, IServiceModule? service = null,
        IServiceModule? alongside = null, BrokerAddress? broker = null)
    {
        service ??= new InspectionModule();
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        string[] settings =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            "--Storage:Provider=Sqlite",
            $"--Storage:Sqlite:DataDirectory={dataDirectory}",
            .. broker is null ? ["--Messaging:Transport=InMemory"] : broker.MessagingSettings(),
            $"--Auth:SigningKey={signingKey}",
            $"--Publicity:PersonalData:EncryptionKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            $"--Publicity:PersonalData:HmacKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            // The standalone host's log levels, minus per-request information the console would have to print.
            "--Logging:LogLevel:Default=Warning",
        ];
        IServiceModule[] modules = alongside is null ? [service, new BenchmarkModule()] : [service, alongside, new BenchmarkModule()];
        var app = ServiceHost.Build(settings, "digitalcity-benchmark", modules,
            builder => builder.Services.AddSingleton<DeliveryCounter>());
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Urls.Single());
        var tokens = new TokenIssuer(new AuthOptions { SigningKey = signingKey }, TimeProvider.System);
        return new BenchmarkHost(app, service.Name, dataDirectory, address, tokens, signingKey, concurrency);
    }

    /// <summary>A token for <paramref name="userId"/> with the given roles, signed with this run's key.</summary>
    public string TokenFor(string userId, params string[] roles) => _tokens.Issue(userId, roles).AccessToken;

    /// <summary>A client sharing this host's connection pool, sending a token with the given roles.</summary>
    public HttpClient ClientFor(string userId, params string[] roles)
    {
        var client = new HttpClient(_handler, disposeHandler: false) { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Issue(userId, roles).AccessToken);
        return client;
    }

    /// <summary>How many cases the service holds, asked as a shift lead through its dashboard counts.</summary>
    public async Task<long> CountCasesAsync(CancellationToken cancellationToken)
    {
        using var client = ClientFor("benchmark-shift-lead", Roles.ShiftLead);
        using var response = await client.GetAsync(new Uri("/api/inspection/cases/counts", UriKind.Relative), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /api/inspection/cases/counts answered {(int)response.StatusCode}.");
        }

        var counts = await response.Content.ReadFromJsonAsync<Counts>(cancellationToken);
        return counts!.Total;
    }

    /// <summary>Events still waiting in the service's outbox.</summary>
    public Task<long> PendingEventsAsync(CancellationToken cancellationToken) =>
        _app.Services.GetRequiredKeyedService<IOutboxStore>(_serviceName).CountPendingAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _handler.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    sealed record Counts(long Total);
}
