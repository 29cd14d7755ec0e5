using DigitalCity.Publicity.Figures;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DigitalCity.Publicity.Storage;

/// <summary>
/// Facts in the service's SQLite file, keyed by (event id, metric), with their district and quantity; the districts of
/// reported cases in <c>case_districts</c>. A file made when facts were keyed by the event id alone is rebuilt once,
/// each old fact a count of 1 with no district.
/// </summary>
public sealed class SqliteFigureStore : IFigureStore
{
    readonly SqliteDatabase _database;

    public SqliteFigureStore(SqliteDatabase database)
    {
        _database = database;
        database.EnsureSchema("figure_facts", (connection, transaction) =>
        {
            var legacy = Scalar(connection, transaction,
                "SELECT COUNT(*) > 0 AND SUM(name = 'quantity') = 0 FROM pragma_table_info('figure_facts')") == 1;
            if (legacy)
            {
                Execute(connection, transaction, "ALTER TABLE figure_facts RENAME TO figure_facts_v1; DROP INDEX IF EXISTS ix_figure_facts_day;");
            }

            Execute(connection, transaction, """
                CREATE TABLE IF NOT EXISTS figure_facts (
                    event_id TEXT NOT NULL,
                    metric TEXT NOT NULL,
                    day TEXT NOT NULL,
                    district TEXT NULL,
                    quantity INTEGER NOT NULL,
                    case_id TEXT NULL,
                    PRIMARY KEY (event_id, metric));
                CREATE INDEX IF NOT EXISTS ix_figure_facts_day ON figure_facts(day, district, metric);
                CREATE INDEX IF NOT EXISTS ix_figure_facts_case ON figure_facts(case_id) WHERE case_id IS NOT NULL AND district IS NULL;
                CREATE TABLE IF NOT EXISTS case_districts (
                    case_id TEXT PRIMARY KEY,
                    district TEXT NOT NULL);
                """);
            if (legacy)
            {
                Execute(connection, transaction, """
                    INSERT INTO figure_facts (event_id, metric, day, quantity) SELECT event_id, metric, day, 1 FROM figure_facts_v1;
                    DROP TABLE figure_facts_v1;
                    """);
            }
        });
    }

    public Task<bool> RecordAsync(FigureFact fact, CancellationToken cancellationToken) =>
        _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = SqliteDatabase.Command(connection, transaction,
                "INSERT OR IGNORE INTO figure_facts (event_id, metric, day, district, quantity, case_id) VALUES ($id, $metric, $day, $district, $quantity, $case)",
                ("$id", fact.EventId.ToString()), ("$metric", fact.Metric), ("$day", fact.Day.ToString("O")), ("$district", fact.DistrictCode),
                ("$quantity", fact.Quantity), ("$case", fact.CaseId?.ToString()));
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    public async Task<IReadOnlyDictionary<string, long>> SumByMetricAsync(DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            "SELECT metric, SUM(quantity) FROM figure_facts WHERE day >= $from AND day <= $to AND ($district IS NULL OR district = $district) GROUP BY metric",
            ("$from", from.ToString("O")), ("$to", to.ToString("O")), ("$district", districtCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sums = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sums[reader.GetString(0)] = reader.GetInt64(1);
        }

        return sums;
    }

    public Task RememberCaseDistrictAsync(Guid caseId, string districtCode, CancellationToken cancellationToken) =>
        _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = SqliteDatabase.Command(connection, transaction, """
                INSERT OR IGNORE INTO case_districts (case_id, district) VALUES ($case, $district);
                UPDATE figure_facts SET district = $district WHERE case_id = $case AND district IS NULL;
                """, ("$case", caseId.ToString()), ("$district", districtCode));
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public async Task<string?> FindCaseDistrictAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, "SELECT district FROM case_districts WHERE case_id = $case", ("$case", caseId.ToString()));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = SqliteDatabase.Command(connection, transaction, sql);
        return (long)command.ExecuteScalar()!;
    }

    static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = SqliteDatabase.Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }
}
