using System.Globalization;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Sanitation.Clearance.Storage;

/// <summary>Daily clearance outcomes in the service's SQLite file: table <c>clearance_outcomes</c>, one row per site and day.</summary>
public sealed class SqliteClearanceStore : IClearanceStore
{
    public const string TableName = "clearance_outcomes";

    const string Columns = "site, site_name, district, day, clear_by, first_collected_at, judged_at";

    readonly SqliteDatabase _database;

    public SqliteClearanceStore(SqliteDatabase database)
    {
        _database = database;
        database.EnsureSchema(TableName, $"""
            CREATE TABLE IF NOT EXISTS {TableName} (
                site TEXT NOT NULL,
                site_name TEXT NOT NULL,
                district TEXT NOT NULL,
                day TEXT NOT NULL,
                clear_by TEXT NOT NULL,
                first_collected_at TEXT NULL,
                judged_at TEXT NOT NULL,
                cleared INTEGER NOT NULL,
                PRIMARY KEY (site, day)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_{TableName}_day ON {TableName}(day, district, cleared);
            """);
    }

    public Task<int> RecordAsync(IReadOnlyList<ClearanceOutcome> outcomes, CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0)
        {
            return Task.FromResult(0);
        }

        return _database.InTransactionAsync(async (connection, transaction) =>
        {
            var stored = 0;
            var events = new List<OutboxMessage>();
            foreach (var o in outcomes)
            {
                await using var insert = SqliteDatabase.Command(connection, transaction, $"""
                    INSERT INTO {TableName} ({Columns}, cleared) VALUES ($site, $name, $district, $day, $clearBy, $first, $judged, $cleared)
                    ON CONFLICT(site, day) DO NOTHING
                    """,
                    ("$site", o.SiteCode), ("$name", o.SiteName), ("$district", o.DistrictCode), ("$day", StoredText.Day(o.Day)), ("$clearBy", StoredText.Instant(o.ClearBy)),
                    ("$first", o.FirstCollectedAt is { } first ? StoredText.Instant(first) : null), ("$judged", StoredText.Instant(o.JudgedAt)), ("$cleared", o.Cleared ? 1 : 0));
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    continue;
                }

                stored++;
                if (!o.Cleared)
                {
                    var missed = o.ToEvent();
                    events.Add(OutboxMessage.From(missed, TableName, missed.EventId));
                }
            }

            await SqliteOutboxStore.AppendAsync(connection, transaction, events, cancellationToken);
            return stored;
        }, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> JudgedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, $"SELECT site FROM {TableName} WHERE day = $day", ("$day", StoredText.Day(day)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var judged = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            judged.Add(reader.GetString(0));
        }

        return judged;
    }

    public async Task<IReadOnlyList<ClearanceRate>> RatesAsync(DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, $"""
            SELECT day, district, COUNT(*), SUM(cleared) FROM {TableName}
            WHERE day BETWEEN $from AND $to AND ($district IS NULL OR district = $district)
            GROUP BY day, district ORDER BY day, district
            """, ("$from", StoredText.Day(from)), ("$to", StoredText.Day(to)), ("$district", districtCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rates = new List<ClearanceRate>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rates.Add(ClearanceRate.Of(StoredText.ParseDay(reader.GetString(0)), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        return rates;
    }

    public async Task<Page<ClearanceOutcome>> OutcomesAsync(DateOnly day, string? districtCode, bool missedOnly, PageRequest page, CancellationToken cancellationToken)
    {
        const string where = "day = $day AND ($district IS NULL OR district = $district) AND ($missed = 0 OR cleared = 0)";
        (string, object?)[] parameters = [("$day", StoredText.Day(day)), ("$district", districtCode), ("$missed", missedOnly ? 1 : 0)];
        await using var connection = await _database.OpenAsync(cancellationToken);
        var items = new List<ClearanceOutcome>();
        await using (var command = SqliteDatabase.Command(connection, null,
            $"SELECT {Columns} FROM {TableName} WHERE {where} ORDER BY site LIMIT $limit OFFSET $offset", [.. parameters, ("$limit", page.Size), ("$offset", page.Skip)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new ClearanceOutcome(reader.GetString(0), reader.GetString(1), reader.GetString(2), StoredText.ParseDay(reader.GetString(3)),
                    StoredText.ParseInstant(reader.GetString(4)), reader.IsDBNull(5) ? null : StoredText.ParseInstant(reader.GetString(5)), StoredText.ParseInstant(reader.GetString(6))));
            }
        }

        await using var count = SqliteDatabase.Command(connection, null, $"SELECT COUNT(*) FROM {TableName} WHERE {where}", parameters);
        return new Page<ClearanceOutcome>(items, page.Number, page.Size, (long)(await count.ExecuteScalarAsync(cancellationToken))!);
    }
}
