using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>A throw-away SQLite file of one service, for the contract suites' embedded runners.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    readonly TempDirectory _data = new();

    public SqliteTestDatabase(string service) => Database = new SqliteDatabase(Path.Combine(_data.Path, $"{service}.db"), new OutboxSignal());

    public SqliteDatabase Database { get; }

    public void Dispose()
    {
        Database.Dispose();
        _data.Dispose();
    }
}
