using DigitalCity.Publicity.Figures;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Publicity.Storage;

/// <summary>Facts in the service's SQLite file; the event id is the primary key.</summary>
public sealed class SqliteFigureStore : IFigureStore
{
    readonly SqliteDatabase _database;

    public SqliteFigureStore(SqliteDatabase database)
    {
        _database = database;
        database.EnsureSchema("figure_facts", """
            CREATE TABLE IF NOT EXISTS figure_facts (
                event_id TEXT PRIMARY KEY,
                day TEXT NOT NULL,
                metric TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_figure_facts_day ON figure_facts(day, metric);
            """);
    }

    public async Task<bool> RecordAsync(FigureFact fact, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            "INSERT OR IGNORE INTO figure_facts (event_id, day, metric) VALUES ($id, $day, $metric)",
            ("$id", fact.EventId.ToString()), ("$day", fact.Day.ToString("O")), ("$metric", fact.Metric));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyDictionary<string, long>> CountByMetricAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            "SELECT metric, COUNT(*) FROM figure_facts WHERE day = $day GROUP BY metric", ("$day", day.ToString("O")));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
