using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>
/// A throw-away MongoDB database for the contract suites. They run only when
/// <c>DIGITALCITY_TEST_MONGO</c> holds a connection string (no MongoDB server can run on the project's
/// build machines); otherwise each Mongo test reports itself skipped with the reason.
/// </summary>
public sealed class MongoTestDatabase : IDisposable
{
    public const string Variable = "DIGITALCITY_TEST_MONGO";

    readonly MongoClient _client;
    readonly string _name = $"digitalcity-test-{Guid.NewGuid():N}";

    public MongoTestDatabase()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(connectionString), $"{Variable} is not set: the MongoDB adapter's contract suite needs a server.");
        MongoConventions.Register();
        _client = new MongoClient(connectionString);
        Database = new MongoServiceDatabase(_client.GetDatabase(_name), new OutboxSignal());
    }

    public MongoServiceDatabase Database { get; }

    public void Dispose()
    {
        _client.DropDatabase(_name);
        _client.Dispose();
    }
}
