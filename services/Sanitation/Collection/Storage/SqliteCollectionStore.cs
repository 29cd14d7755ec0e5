using System.Globalization;
using System.Text.Json;
using DigitalCity.Sanitation.Collection.Tonnage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DigitalCity.Sanitation.Collection.Storage;

/// <summary>
/// Collection records in the service's SQLite file: table <c>collection_records</c>, unique by ticket, and beside
/// it two rollups kept in the same transaction as each record: <c>collection_tonnage</c>, the kilograms and records
/// per day × district × waste type × site × destination, and <c>collection_tonnage_districts</c>, the same without
/// the site. A report reads the smaller rollup unless it asks about sites, so a week's city-wide report sums a few
/// hundred cells instead of a million records; all hold integers, so every breakdown adds up exactly.
/// </summary>
public sealed class SqliteCollectionStore : ICollectionStore
{
    public const string RecordsTable = "collection_records";
    public const string TonnageTable = "collection_tonnage";
    public const string DistrictTonnageTable = "collection_tonnage_districts";

    const string Columns = "id, ticket, waste_type, weight_kg, site, district, vehicle, destination, crew, collected_at, day, source, recorded_by, recorded_at";

    const string Insert = $"""
        INSERT INTO {RecordsTable} ({Columns})
        VALUES ($id, $ticket, $type, $kg, $site, $district, $vehicle, $destination, $crew, $at, $day, $source, $by, $recorded)
        ON CONFLICT(ticket) DO NOTHING
        """;

    const string AddTonnage = $"""
        INSERT INTO {TonnageTable} (day, district, waste_type, site, destination, weight_kg, records)
        VALUES ($day, $district, $type, $site, $destination, $kg, 1)
        ON CONFLICT(day, district, waste_type, site, destination)
        DO UPDATE SET weight_kg = weight_kg + excluded.weight_kg, records = records + 1
        """;

    const string AddDistrictTonnage = $"""
        INSERT INTO {DistrictTonnageTable} (day, district, waste_type, destination, weight_kg, records)
        VALUES ($day, $district, $type, $destination, $kg, 1)
        ON CONFLICT(day, district, waste_type, destination)
        DO UPDATE SET weight_kg = weight_kg + excluded.weight_kg, records = records + 1
        """;

    readonly SqliteDatabase _database;

    public SqliteCollectionStore(SqliteDatabase database)
    {
        _database = database;
        database.EnsureSchema(RecordsTable, $"""
            CREATE TABLE IF NOT EXISTS {RecordsTable} (
                id TEXT PRIMARY KEY,
                ticket TEXT NOT NULL UNIQUE,
                waste_type TEXT NOT NULL,
                weight_kg INTEGER NOT NULL,
                site TEXT NOT NULL,
                district TEXT NOT NULL,
                vehicle TEXT NULL,
                destination TEXT NULL,
                crew TEXT NOT NULL,
                collected_at TEXT NOT NULL,
                day TEXT NOT NULL,
                source TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_{RecordsTable}_day ON {RecordsTable}(day, site, collected_at);
            CREATE TABLE IF NOT EXISTS {TonnageTable} (
                day TEXT NOT NULL,
                district TEXT NOT NULL,
                waste_type TEXT NOT NULL,
                site TEXT NOT NULL,
                destination TEXT NOT NULL,
                weight_kg INTEGER NOT NULL,
                records INTEGER NOT NULL,
                PRIMARY KEY (day, district, waste_type, site, destination)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS {DistrictTonnageTable} (
                day TEXT NOT NULL,
                district TEXT NOT NULL,
                waste_type TEXT NOT NULL,
                destination TEXT NOT NULL,
                weight_kg INTEGER NOT NULL,
                records INTEGER NOT NULL,
                PRIMARY KEY (day, district, waste_type, destination)) WITHOUT ROWID;
            """);
    }

    public Task<IReadOnlyList<CollectionRecord>> AppendAsync(IReadOnlyList<CollectionRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<CollectionRecord>>([]);
        }

        // Serialized before the writer's turn, so the turn is spent on SQL alone.
        var events = records.Select(r => OutboxMessage.From(r.ToEvent(), RecordsTable, r.Id)).ToList();
        return _database.InTransactionAsync<IReadOnlyList<CollectionRecord>>(async (connection, transaction) =>
        {
            var stored = new List<CollectionRecord>(records.Count);
            var storedEvents = new List<OutboxMessage>(records.Count);
            await using var insert = SqliteDatabase.Command(connection, transaction, Insert, RecordParameters(records[0]));
            await using var tonnage = SqliteDatabase.Command(connection, transaction, AddTonnage, TonnageParameters(records[0]));
            await using var districtTonnage = SqliteDatabase.Command(connection, transaction, AddDistrictTonnage, DistrictTonnageParameters(records[0]));
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                SqliteDatabase.Bind(insert, RecordParameters(record));
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    continue;
                }

                SqliteDatabase.Bind(tonnage, TonnageParameters(record));
                await tonnage.ExecuteNonQueryAsync(cancellationToken);
                SqliteDatabase.Bind(districtTonnage, DistrictTonnageParameters(record));
                await districtTonnage.ExecuteNonQueryAsync(cancellationToken);
                stored.Add(record);
                storedEvents.Add(events[i]);
            }

            await SqliteOutboxStore.AppendAsync(connection, transaction, storedEvents, cancellationToken);
            return stored;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<CollectionRecord>> FindByTicketsAsync(IReadOnlyCollection<string> tickets, CancellationToken cancellationToken)
    {
        if (tickets.Count == 0)
        {
            return [];
        }

        return await QueryAsync($"SELECT {Columns} FROM {RecordsTable} WHERE ticket IN (SELECT value FROM json_each($tickets))", cancellationToken,
            ("$tickets", JsonSerializer.Serialize(tickets)));
    }

    public async Task<Page<CollectionRecord>> ListAsync(CollectionFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        const string where = """
            day BETWEEN $from AND $to AND ($site IS NULL OR site = $site)
            AND ($district IS NULL OR district = $district) AND ($type IS NULL OR waste_type = $type)
            """;
        (string, object?)[] parameters =
        [
            ("$from", StoredText.Day(filter.From)), ("$to", StoredText.Day(filter.To)), ("$site", filter.SiteCode), ("$district", filter.DistrictCode),
            ("$type", filter.WasteType?.ToString()),
        ];
        var items = await QueryAsync($"SELECT {Columns} FROM {RecordsTable} WHERE {where} ORDER BY collected_at, id LIMIT $limit OFFSET $offset",
            cancellationToken, [.. parameters, ("$limit", page.Size), ("$offset", page.Skip)]);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var count = SqliteDatabase.Command(connection, null, $"SELECT COUNT(*) FROM {RecordsTable} WHERE {where}", parameters);
        return new Page<CollectionRecord>(items, page.Number, page.Size, (long)(await count.ExecuteScalarAsync(cancellationToken))!);
    }

    public async Task<IReadOnlyList<TonnageRow>> TonnageAsync(TonnageQuery query, CancellationToken cancellationToken)
    {
        var dimensions = query.By.ToList();
        var groups = dimensions.Select(ColumnOf).ToList();
        var bySite = dimensions.Contains(TonnageDimension.Site) || query.SiteCode is not null;
        var select = groups.Count == 0 ? "" : string.Join(", ", groups) + ", ";
        var groupBy = groups.Count == 0 ? "" : $"GROUP BY {string.Join(", ", groups)} ORDER BY {string.Join(", ", groups)}";
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, $"""
            SELECT {select}COALESCE(SUM(weight_kg), 0), COALESCE(SUM(records), 0) FROM {(bySite ? TonnageTable : DistrictTonnageTable)}
            WHERE day BETWEEN $from AND $to AND ($type IS NULL OR waste_type = $type)
              AND ($district IS NULL OR district = $district){(bySite ? " AND ($site IS NULL OR site = $site)" : "")}
            {groupBy}
            """,
            ("$from", StoredText.Day(query.From)), ("$to", StoredText.Day(query.To)), ("$type", query.WasteType?.ToString()),
            ("$district", query.DistrictCode), ("$site", query.SiteCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<TonnageRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Value(TonnageDimension dimension) => dimensions.IndexOf(dimension) is var i and >= 0 ? reader.GetString(i) : null;
            rows.Add(new TonnageRow(
                Value(TonnageDimension.Day) is { } day ? StoredText.ParseDay(day) : null,
                Value(TonnageDimension.WasteType) is { } type ? Enum.Parse<WasteType>(type) : null,
                Value(TonnageDimension.District),
                Value(TonnageDimension.Site),
                Value(TonnageDimension.Destination),
                reader.GetInt64(groups.Count),
                reader.GetInt64(groups.Count + 1)));
        }

        return rows;
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> FirstCollectionsAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            $"SELECT site, MIN(collected_at) FROM {RecordsTable} WHERE day = $day GROUP BY site", ("$day", StoredText.Day(day)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var first = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            first[reader.GetString(0)] = StoredText.ParseInstant(reader.GetString(1));
        }

        return first;
    }

    async Task<IReadOnlyList<CollectionRecord>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<CollectionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new CollectionRecord(
                Guid.Parse(reader.GetString(0)), reader.GetString(1), Enum.Parse<WasteType>(reader.GetString(2)), reader.GetInt64(3),
                reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                JsonSerializer.Deserialize<string[]>(reader.GetString(8))!, StoredText.ParseInstant(reader.GetString(9)),
                StoredText.ParseDay(reader.GetString(10)), reader.GetString(11), reader.GetString(12),
                StoredText.ParseInstant(reader.GetString(13))));
        }

        return records;
    }

    static (string, object?)[] RecordParameters(CollectionRecord r) =>
    [
        ("$id", r.Id.ToString()), ("$ticket", r.Ticket), ("$type", r.WasteType.ToString()), ("$kg", r.WeightKg), ("$site", r.SiteCode),
        ("$district", r.DistrictCode), ("$vehicle", r.VehicleCode), ("$destination", r.DestinationCode), ("$crew", JsonSerializer.Serialize(r.Crew)),
        ("$at", StoredText.Instant(r.CollectedAt)), ("$day", StoredText.Day(r.Day)), ("$source", r.Source), ("$by", r.RecordedBy), ("$recorded", StoredText.Instant(r.RecordedAt)),
    ];

    static (string, object?)[] TonnageParameters(CollectionRecord r) =>
    [
        ("$day", StoredText.Day(r.Day)), ("$district", r.DistrictCode), ("$type", r.WasteType.ToString()), ("$site", r.SiteCode),
        ("$destination", r.DestinationCode ?? ""), ("$kg", r.WeightKg),
    ];

    static (string, object?)[] DistrictTonnageParameters(CollectionRecord r) =>
    [
        ("$day", StoredText.Day(r.Day)), ("$district", r.DistrictCode), ("$type", r.WasteType.ToString()),
        ("$destination", r.DestinationCode ?? ""), ("$kg", r.WeightKg),
    ];

    static string ColumnOf(TonnageDimension dimension) => dimension switch
    {
        TonnageDimension.Day => "day",
        TonnageDimension.WasteType => "waste_type",
        TonnageDimension.District => "district",
        TonnageDimension.Site => "site",
        TonnageDimension.Destination => "destination",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };
}
