using System.Text.Json;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>
/// Campaign figures in the inspection service's SQLite file: <c>campaign_figure_facts</c> holds each fact
/// once; recording a new one adds one to its counter (<c>campaign_figure_counts</c>: campaign, district,
/// day, indicator) in the same transaction, so a campaign's figures read at most districts × days ×
/// indicators rows however many visits there were.
/// </summary>
public sealed class SqliteCampaignFigureStore : ICampaignFigureStore
{
    public const string FactsTable = "campaign_figure_facts";
    public const string CountsTable = "campaign_figure_counts";

    readonly SqliteDatabase _database;

    public SqliteCampaignFigureStore(SqliteDatabase database)
    {
        _database = database;
        _database.EnsureSchema(FactsTable, $"""
            CREATE TABLE IF NOT EXISTS {FactsTable} (
                indicator TEXT NOT NULL,
                subject TEXT NOT NULL,
                PRIMARY KEY (indicator, subject)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS {CountsTable} (
                campaign TEXT NOT NULL,
                district TEXT NOT NULL,
                day INTEGER NOT NULL,
                indicator TEXT NOT NULL,
                count INTEGER NOT NULL,
                PRIMARY KEY (campaign, day, district, indicator)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS ix_{CountsTable}_day ON {CountsTable}(day, campaign, district);
            """);
    }

    public async Task<int> RecordAsync(IReadOnlyList<FigureFact> facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0)
        {
            return 0;
        }

        return await _database.WriteAsync(async (connection, transaction) =>
        {
            await using var insert = SqliteDatabase.Command(connection, transaction,
                $"INSERT INTO {FactsTable} (indicator, subject) VALUES ($indicator, $subject) ON CONFLICT DO NOTHING",
                ("$indicator", ""), ("$subject", ""));
            await using var count = SqliteDatabase.Command(connection, transaction, $"""
                INSERT INTO {CountsTable} (campaign, district, day, indicator, count) VALUES ($campaign, $district, $day, $indicator, 1)
                ON CONFLICT DO UPDATE SET count = count + 1
                """,
                ("$campaign", ""), ("$district", ""), ("$day", 0), ("$indicator", ""));
            var recorded = 0;
            foreach (var fact in facts)
            {
                SqliteDatabase.Bind(insert, ("$indicator", fact.Indicator), ("$subject", fact.Subject));
                if (await insert.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    continue;
                }

                recorded++;
                SqliteDatabase.Bind(count, ("$campaign", fact.CampaignId.ToString()), ("$district", fact.DistrictCode), ("$day", fact.Day.DayNumber), ("$indicator", fact.Indicator));
                await count.ExecuteNonQueryAsync(cancellationToken);
            }

            return recorded;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<FigureCount>> CountAsync(Guid campaignId, DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken)
    {
        // One row per district-day with its counters as one JSON object, rather than a row per counter: a
        // month-long campaign over four districts has about 2,000 counter rows, and reading them column by
        // column through the provider cost 2–4 ms where SQLite's own scan took under 0.5 ms (the whole-campaign
        // figures missed their p99 at 8 in flight); grouped, the read takes about 1 ms. The PK order
        // (campaign, day, district) makes the grouping a walk, not a sort.
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, $"""
            SELECT district, day, json_group_object(indicator, count) FROM {CountsTable}
            WHERE campaign = $campaign AND day BETWEEN $from AND $to AND ($district IS NULL OR district = $district)
            GROUP BY day, district
            """,
            ("$campaign", campaignId.ToString()), ("$from", from.DayNumber), ("$to", to.DayNumber), ("$district", districtCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<FigureCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (district, day) = (reader.GetString(0), DateOnly.FromDayNumber(reader.GetInt32(1)));
            using var counters = JsonDocument.Parse(reader.GetString(2));
            foreach (var counter in counters.RootElement.EnumerateObject())
            {
                counts.Add(new FigureCount(district, day, counter.Name, counter.Value.GetInt64()));
            }
        }

        return counts;
    }

    public async Task<IReadOnlyList<(Guid CampaignId, string DistrictCode, DateOnly Day)>> ActiveDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            $"SELECT DISTINCT campaign, district, day FROM {CountsTable} WHERE day BETWEEN $from AND $to ORDER BY day, campaign, district",
            ("$from", from.DayNumber), ("$to", to.DayNumber));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var days = new List<(Guid, string, DateOnly)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            days.Add((Guid.Parse(reader.GetString(0)), reader.GetString(1), DateOnly.FromDayNumber(reader.GetInt32(2))));
        }

        return days;
    }
}
