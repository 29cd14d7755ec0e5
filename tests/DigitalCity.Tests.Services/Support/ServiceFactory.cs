using System.Net.Http.Headers;
using DigitalCity.ServiceDefaults.Security;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Tests.Services.Support;

/// <summary>
/// Starts a service's real host in memory: SQLite files in a temp folder, MassTransit's test harness
/// in place of the broker, and tokens signed with a test key.
/// </summary>
public sealed class ServiceFactory<THost>(string dataDirectory) : WebApplicationFactory<THost>
    where THost : class
{
    public const string SigningKey = "digitalcity-test-signing-key-0123456789abcdef";

    /// <summary>Test keys of contest entrants' phone numbers: base64 of 32 bytes each.</summary>
    public const string PhoneEncryptionKey = "dGVzdC1waG9uZS1lbmNyeXB0aW9uLWtleS0zMmJ5dGU=";

    public const string PhoneHmacKey = "dGVzdC1waG9uZS1sb29rdXAtaG1hYy1rZXktMzJieXQ=";

    /// <summary>The Open311 API key the inspection host accepts, for the client <see cref="Open311Client"/>.</summary>
    public const string Open311Key = "test-open311-key";

    public const string Open311Client = "test-app";

    public string DataDirectory { get; } = dataDirectory;

    /// <summary>The clock the host runs on, when a test moves time itself (e.g. a <c>FakeTimeProvider</c>).</summary>
    public TimeProvider? Time { get; init; }

    public ITestHarness Harness => Services.GetTestHarness();

    public HttpClient ClientFor(string userId, params string[] roles) => ClientFor(userId, null, roles);

    /// <summary>A department handler's client: the token names the department.</summary>
    public HttpClient DepartmentClient(string userId, string department) => ClientFor(userId, department, [Roles.DepartmentHandler]);

    HttpClient ClientFor(string userId, string? department, string[] roles)
    {
        var client = CreateClient();
        var token = new TokenIssuer(new AuthOptions { SigningKey = SigningKey }, TimeProvider.System).Issue(userId, roles, department: department);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:DataDirectory", DataDirectory);
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Publicity:PersonalData:EncryptionKey", PhoneEncryptionKey);
        builder.UseSetting("Publicity:PersonalData:HmacKey", PhoneHmacKey);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
        builder.UseSetting($"Inspection:Open311:ApiKeys:{Open311Key}", Open311Client);
        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness();
            if (Time is not null)
            {
                services.AddSingleton(Time);
            }
        });
    }
}
