using System.Text.Json;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>
/// A table of one aggregate type: id, version and the JSON document. Saving writes the document with
/// an optimistic version check and appends the aggregate's pending events to the outbox in the same
/// transaction. Services add expression indexes on <c>json_extract(doc, '$.field')</c> for their queries.
/// </summary>
public sealed class SqliteAggregateTable<T>(SqliteDatabase database, string table)
    where T : AggregateRoot
{
    public SqliteDatabase Database => database;

    public string Table => table;

    /// <summary>Creates the table plus any extra DDL (indexes) the service's queries need.</summary>
    public void EnsureCreated(string extraDdl = "") =>
        database.EnsureSchema(table, $"""
            CREATE TABLE IF NOT EXISTS {table} (
                id TEXT PRIMARY KEY,
                version INTEGER NOT NULL,
                doc TEXT NOT NULL);
            {extraDdl}
            """);

    public async Task<T?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync("id = $id", "id", 1, 0, cancellationToken, ("$id", id.ToString()));
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Inserts a new aggregate or updates a loaded one, with its events, atomically.</summary>
    public async Task SaveAsync(T aggregate, CancellationToken cancellationToken)
    {
        // Serialized here, by the caller, so the writer's turn is spent on SQL alone.
        var write = Prepare(aggregate);
        await database.InTransactionAsync((connection, transaction) => write.ExecuteAsync(connection, transaction, cancellationToken), cancellationToken);
        aggregate.MarkPersisted(aggregate.Version + 1);
    }

    /// <summary>
    /// Inserts or updates several aggregates with their events in one transaction: all are saved or, when
    /// one's version moved (<see cref="ConcurrencyConflictException"/>) or a unique key is taken, none is.
    /// </summary>
    public async Task SaveAllAsync(IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
    {
        var writes = aggregates.Select(Prepare).ToList();
        await database.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var write in writes)
            {
                await write.ExecuteAsync(connection, transaction, cancellationToken);
            }

            return true;
        }, cancellationToken);
        foreach (var aggregate in aggregates)
        {
            aggregate.MarkPersisted(aggregate.Version + 1);
        }
    }

    /// <summary>Writes inside a caller's transaction; the caller marks the aggregate persisted after commit.</summary>
    public Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, T aggregate, CancellationToken cancellationToken) =>
        Prepare(aggregate).ExecuteAsync(connection, transaction, cancellationToken);

    /// <summary>Reads aggregates matching a SQL condition over the table's columns and <c>doc</c>.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync(string where, string orderBy, int limit, int offset, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            $"SELECT version, doc FROM {table} WHERE {where} ORDER BY {orderBy} LIMIT $limit OFFSET $offset",
            [.. parameters, ("$limit", limit), ("$offset", offset)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var aggregate = JsonSerializer.Deserialize<T>(reader.GetString(1), DocumentJson.Options)!;
            aggregate.MarkPersisted(reader.GetInt64(0));
            items.Add(aggregate);
        }

        return items;
    }

    public async Task<long> CountAsync(string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, $"SELECT COUNT(*) FROM {table} WHERE {where}", parameters);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    PreparedSave Prepare(T aggregate) => new(
        table,
        aggregate.Id,
        aggregate.Version,
        Serialize(aggregate, aggregate.Version + 1),
        OutboxMessage.FromAll(aggregate.PendingEvents(), table, aggregate.Id));

    static string Serialize(T aggregate, long version)
    {
        var node = JsonSerializer.SerializeToNode(aggregate, DocumentJson.Options)!.AsObject();
        node["version"] = version;
        return node.ToJsonString(DocumentJson.Options);
    }

    /// <summary>An aggregate's document and events, serialized, ready to be written with an optimistic version check.</summary>
    sealed record PreparedSave(string Table, Guid Id, long Expected, string Doc, IReadOnlyList<OutboxMessage> Events)
    {
        public async Task<bool> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
        {
            var sql = Expected == 0
                ? $"INSERT INTO {Table} (id, version, doc) VALUES ($id, 1, $doc)"
                : $"UPDATE {Table} SET version = version + 1, doc = $doc WHERE id = $id AND version = $expected";
            await using (var command = SqliteDatabase.Command(connection, transaction, sql,
                ("$id", Id.ToString()), ("$doc", Doc), ("$expected", Expected)))
            {
                if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    throw new ConcurrencyConflictException(typeof(T).Name, Id, Expected);
                }
            }

            await SqliteOutboxStore.AppendAsync(connection, transaction, Events, cancellationToken);
            return true;
        }
    }
}
