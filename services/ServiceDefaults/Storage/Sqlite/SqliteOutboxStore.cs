using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>The outbox table of a service's SQLite file; rows are written by the aggregate tables' transactions.</summary>
public sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    internal const string Schema = """
        CREATE TABLE IF NOT EXISTS outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            aggregate_id TEXT NOT NULL,
            event_type TEXT NOT NULL,
            payload TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            trace_parent TEXT NULL,
            sent_at TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_outbox_pending ON outbox(seq) WHERE sent_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_outbox_sent ON outbox(sent_at) WHERE sent_at IS NOT NULL;
        """;

    /// <summary>Adds messages inside the caller's transaction.</summary>
    public static async Task AppendAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var m in messages)
        {
            await using var command = SqliteDatabase.Command(connection, transaction,
                "INSERT INTO outbox (message_id, source, aggregate_id, event_type, payload, occurred_at, trace_parent) VALUES ($id, $source, $aggregate, $type, $payload, $at, $trace)",
                ("$id", m.MessageId.ToString()),
                ("$source", m.Source),
                ("$aggregate", m.AggregateId),
                ("$type", m.EventType),
                ("$payload", m.Payload),
                ("$at", m.OccurredAt.UtcDateTime.ToString("O")),
                ("$trace", m.TraceParent));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<OutboxMessage>> GetPendingAsync(int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            "SELECT message_id, source, aggregate_id, event_type, payload, occurred_at, trace_parent FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT $max",
            ("$max", max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new OutboxMessage(
                Guid.Parse(reader.GetString(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return messages;
    }

    public async Task MarkSentAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, transaction,
            "UPDATE outbox SET sent_at = $at WHERE message_id = $id", ("$at", sentAt.UtcDateTime.ToString("O")), ("$id", ""));
        foreach (var m in messages)
        {
            command.Parameters["$id"].Value = m.MessageId.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task PurgeSentAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $cutoff", ("$cutoff", cutoff.UtcDateTime.ToString("O")));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
