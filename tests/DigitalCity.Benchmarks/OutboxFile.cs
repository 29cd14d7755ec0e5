using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DigitalCity.Benchmarks;

/// <summary>
/// A throw-away service database whose outbox holds N pending <c>CaseReported</c> events, written the
/// way the Inspection service writes them (<see cref="SqliteOutboxStore.AppendAsync"/> inside
/// <see cref="SqliteDatabase.InTransactionAsync"/>), so the dispatcher reads real rows from a real file.
/// </summary>
sealed class OutboxFile : IDisposable
{
    /// <summary>The table that holds Inspection's cases: the outbox rows' source.</summary>
    const string Source = "cases";

    const int EventsPerTransaction = 1_000;

    readonly string _folder;

    OutboxFile(string folder, SqliteDatabase database)
    {
        _folder = folder;
        Database = database;
    }

    public SqliteDatabase Database { get; }

    public static async Task<OutboxFile> CreateAsync(int events, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"digitalcity-benchmark-{Guid.NewGuid():N}");
        var database = new SqliteDatabase(Path.Combine(folder, "inspection.db"), new OutboxSignal());
        for (var written = 0; written < events; written += EventsPerTransaction)
        {
            var messages = Enumerable.Range(written, Math.Min(EventsPerTransaction, events - written))
                .Select(SampleEvents.CaseReported)
                .Select(e => OutboxMessage.From(e, Source, e.CaseId))
                .ToList();
            await database.InTransactionAsync(async (connection, transaction) =>
            {
                await SqliteOutboxStore.AppendAsync(connection, transaction, messages, cancellationToken);
                return messages.Count;
            }, cancellationToken);
        }

        return new OutboxFile(folder, database);
    }

    public void Dispose()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
