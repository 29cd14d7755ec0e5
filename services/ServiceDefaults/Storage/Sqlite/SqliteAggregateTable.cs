using System.Text.Json;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>
/// A table of one aggregate type: id, version and the JSON document, plus any of the document's fields the
/// service wants in columns of their own (<see cref="SqliteColumn{T}"/>). Saving writes the document and those
/// columns with an optimistic version check and appends the aggregate's pending events to the outbox in the
/// same transaction. Services index the columns, or <c>json_extract(doc, '$.field')</c> expressions.
/// </summary>
/// <remarks>
/// Columns suit a table written often: every insert evaluates each expression index over the whole document
/// (see docs/benchmarks.md, "Report intake").
/// </remarks>
public sealed class SqliteAggregateTable<T>(SqliteDatabase database, string table, params IReadOnlyList<SqliteColumn<T>> columns)
    where T : AggregateRoot
{
    readonly string _insert =
        $"INSERT INTO {table} (id, version, doc{string.Concat(columns.Select(c => $", {c.Name}"))}) " +
        $"VALUES ($id, 1, $doc{string.Concat(columns.Select(c => $", ${c.Name}"))})";

    readonly string _update =
        $"UPDATE {table} SET version = version + 1, doc = $doc{string.Concat(columns.Select(c => $", {c.Name} = ${c.Name}"))} " +
        "WHERE id = $id AND version = $expected";

    public SqliteDatabase Database => database;

    public string Table => table;

    /// <summary>
    /// Creates the table with its columns, plus the DDL (indexes) the service's queries need. A table made by an
    /// earlier version gains the columns it lacks, filled from each document, and then runs
    /// <paramref name="whenColumnsAdded"/> (e.g. to drop the expression indexes the columns replace) before
    /// <paramref name="extraDdl"/>; all in one transaction, so a file is migrated entirely or not at all.
    /// </summary>
    public void EnsureCreated(string extraDdl = "", string whenColumnsAdded = "") =>
        database.EnsureSchema(table, (connection, transaction) =>
        {
            Execute(connection, transaction, $"""
                CREATE TABLE IF NOT EXISTS {table} (
                    id TEXT PRIMARY KEY,
                    version INTEGER NOT NULL,
                    doc TEXT NOT NULL{string.Concat(columns.Select(c => $",\n    {c.Name} {c.Type} NULL"))});
                """);
            var missing = MissingColumns(connection, transaction);
            if (missing.Count > 0)
            {
                foreach (var column in missing)
                {
                    Execute(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {column.Name} {column.Type} NULL;");
                }

                Execute(connection, transaction,
                    $"UPDATE {table} SET {string.Join(", ", missing.Select(c => $"{c.Name} = json_extract(doc, '{c.JsonPath}')"))};");
                Execute(connection, transaction, whenColumnsAdded);
            }

            Execute(connection, transaction, extraDdl);
        });

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
        await database.InTransactionAsync((connection, transaction) => write.ExecuteAsync(connection, transaction, columns, cancellationToken), cancellationToken);
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
                await write.ExecuteAsync(connection, transaction, columns, cancellationToken);
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
        Prepare(aggregate).ExecuteAsync(connection, transaction, columns, cancellationToken);

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
        aggregate.Version == 0 ? _insert : _update,
        aggregate.Id,
        aggregate.Version,
        Serialize(aggregate, aggregate.Version + 1),
        [.. columns.Select(c => c.Value(aggregate))],
        OutboxMessage.FromAll(aggregate.PendingEvents(), table, aggregate.Id));

    static string Serialize(T aggregate, long version)
    {
        var node = JsonSerializer.SerializeToNode(aggregate, DocumentJson.Options)!.AsObject();
        node["version"] = version;
        return node.ToJsonString(DocumentJson.Options);
    }

    List<SqliteColumn<T>> MissingColumns(SqliteConnection connection, SqliteTransaction transaction)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var command = SqliteDatabase.Command(connection, transaction, "SELECT name FROM pragma_table_info($table)", ("$table", table)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                present.Add(reader.GetString(0));
            }
        }

        return [.. columns.Where(c => !present.Contains(c.Name))];
    }

    static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return;
        }

        using var command = SqliteDatabase.Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    /// <summary>An aggregate's document, columns and events, serialized, ready to be written with an optimistic version check.</summary>
    sealed record PreparedSave(string Sql, Guid Id, long Expected, string Doc, IReadOnlyList<object?> Values, IReadOnlyList<OutboxMessage> Events)
    {
        public async Task<bool> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<SqliteColumn<T>> columns, CancellationToken cancellationToken)
        {
            await using (var command = SqliteDatabase.Command(connection, transaction, Sql,
                ("$id", Id.ToString()), ("$doc", Doc), ("$expected", Expected)))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    command.Parameters.AddWithValue($"${columns[i].Name}", Values[i] ?? DBNull.Value);
                }

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
