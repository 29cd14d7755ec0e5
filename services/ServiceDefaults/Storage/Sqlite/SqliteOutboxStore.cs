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
            sent_at TEXT NULL,
            lease_until TEXT NULL);
        CREATE INDEX IF NOT EXISTS ix_outbox_pending ON outbox(seq) WHERE sent_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_outbox_sent ON outbox(sent_at) WHERE sent_at IS NOT NULL;
        """;

    /// <summary>Brings an outbox table made by an earlier version up to date.</summary>
    internal const string Migration = """
        SELECT COUNT(*) FROM pragma_table_info('outbox') WHERE name = 'lease_until';
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
                ("$at", Timestamp(m.OccurredAt)),
                ("$trace", m.TraceParent));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimPendingAsync(int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<OutboxMessage>>(async (connection, transaction) =>
        {
            await using var command = SqliteDatabase.Command(connection, transaction,
                """
                UPDATE outbox SET lease_until = $until
                WHERE seq IN (SELECT seq FROM outbox
                              WHERE sent_at IS NULL AND (lease_until IS NULL OR lease_until <= $now)
                              ORDER BY seq LIMIT $max)
                RETURNING seq, message_id, source, aggregate_id, event_type, payload, occurred_at, trace_parent
                """,
                ("$until", Timestamp(leaseUntil)), ("$now", Timestamp(now)), ("$max", max));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var claimed = new List<(long Seq, OutboxMessage Message)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((reader.GetInt64(0), new OutboxMessage(
                    Guid.Parse(reader.GetString(1)),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetString(5),
                    DateTimeOffset.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture),
                    reader.IsDBNull(7) ? null : reader.GetString(7))));
            }

            return [.. claimed.OrderBy(c => c.Seq).Select(c => c.Message)];
        }, cancellationToken);

    public Task MarkSentAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = SqliteDatabase.Command(connection, transaction,
                "UPDATE outbox SET sent_at = $at, lease_until = NULL WHERE message_id = $id", ("$at", Timestamp(sentAt)), ("$id", ""));
            return await ForEachAsync(command, messages, cancellationToken);
        }, cancellationToken);

    public Task ReleaseAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = SqliteDatabase.Command(connection, transaction,
                "UPDATE outbox SET lease_until = NULL WHERE message_id = $id AND sent_at IS NULL", ("$id", ""));
            return await ForEachAsync(command, messages, cancellationToken);
        }, cancellationToken);

    public Task PurgeSentAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = SqliteDatabase.Command(connection, transaction,
                "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $cutoff", ("$cutoff", Timestamp(cutoff)));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Fixed-width ISO 8601 UTC text, so SQLite compares instants as strings correctly.</summary>
    static string Timestamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="command"/> once per message with its id; returns the rows changed.</summary>
    static async Task<int> ForEachAsync(SqliteCommand command, IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var m in messages)
        {
            command.Parameters["$id"].Value = m.MessageId.ToString();
            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }
}
