using System.Globalization;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Inspection.Storage;

/// <summary>
/// Cases in the service's SQLite file. The fields its queries filter and sort by are columns of their own
/// (<see cref="Columns"/>), written with the document, and indexed. The duplicate lookup that follows every
/// report reads its candidates from the nearby index's columns and only their number from the document: its
/// index leads with category and latitude, so it reads just the entries in a band of the category about the
/// radius wide, and tests longitude, time and state on them (see docs/benchmarks.md, "Report intake").
/// </summary>
public sealed class SqliteCaseStore : ICaseStore
{
    public const string TableName = "cases";

    /// <summary>The document fields the queries read, each in its own column; names as in the SQL below.</summary>
    public static readonly IReadOnlyList<SqliteColumn<Case>> Columns =
    [
        new("idempotency_key", "TEXT", "$.idempotencyKey", c => c.IdempotencyKey),
        new("reported_by", "TEXT", "$.reportedBy", c => c.ReportedBy),
        new("reported_at", "TEXT", "$.reportedAt", c => DocumentJson.Instant(c.ReportedAt)),
        new("status", "TEXT", "$.status", c => c.Status.ToString()),
        new("category_code", "TEXT", "$.categoryCode", c => c.CategoryCode),
        new("latitude", "REAL", "$.location.latitude", c => c.Location.Latitude),
        new("longitude", "REAL", "$.location.longitude", c => c.Location.Longitude),
        new("district_code", "TEXT", "$.place.districtCode", c => c.Place?.DistrictCode),
    ];

    const string Open = "status NOT IN ('Rejected', 'Closed', 'Voided')";

    readonly SqliteAggregateTable<Case> _cases;

    public SqliteCaseStore(SqliteDatabase database) => _cases = Table(database);

    /// <summary>
    /// The cases table with its columns and indexes, created or brought up to date. A file made before the
    /// columns existed gains them, filled from each document, and loses the expression indexes they replace.
    /// </summary>
    public static SqliteAggregateTable<Case> Table(SqliteDatabase database)
    {
        var cases = new SqliteAggregateTable<Case>(database, TableName, Columns);
        cases.EnsureCreated(
            """
            CREATE UNIQUE INDEX IF NOT EXISTS ux_cases_idempotency ON cases(idempotency_key) WHERE idempotency_key IS NOT NULL;
            CREATE INDEX IF NOT EXISTS ix_cases_reporter ON cases(reported_by, reported_at);
            CREATE INDEX IF NOT EXISTS ix_cases_status ON cases(status, reported_at);
            CREATE INDEX IF NOT EXISTS ix_cases_reported_at ON cases(reported_at);
            CREATE INDEX IF NOT EXISTS ix_cases_category ON cases(category_code, reported_at);
            CREATE INDEX IF NOT EXISTS ix_cases_nearby ON cases(category_code, latitude, longitude, reported_at, status);
            CREATE INDEX IF NOT EXISTS ix_cases_district ON cases(district_code, reported_at);
            """,
            whenColumnsAdded: """
            DROP INDEX IF EXISTS ux_cases_idempotency;
            DROP INDEX IF EXISTS ix_cases_reporter;
            DROP INDEX IF EXISTS ix_cases_status;
            DROP INDEX IF EXISTS ix_cases_reported_at;
            DROP INDEX IF EXISTS ix_cases_category_nearby;
            DROP INDEX IF EXISTS ix_cases_category;
            DROP INDEX IF EXISTS ix_cases_nearby;
            DROP INDEX IF EXISTS ix_cases_district;
            """);
        return cases;
    }

    public Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken) => _cases.FindAsync(id, cancellationToken);

    public async Task<Case?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _cases.QueryAsync("idempotency_key = $key", "id", 1, 0, cancellationToken, ("$key", scopedKey));
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(Case @case, CancellationToken cancellationToken) => _cases.SaveAsync(@case, cancellationToken);

    public async Task<IReadOnlyList<DuplicateCandidate>> FindNearbyOpenAsync(string categoryCode, DigitalCity.Contracts.GeoPoint point, double radiusMeters, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // A bounding box in SQL narrows the rows; the exact distance is measured in code.
        var (dLat, dLon) = GeoDistance.DegreesAround(point, radiusMeters);
        await using var connection = await _cases.Database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null,
            $"""
            SELECT id, json_extract(doc, '$.number'), status, reported_at, longitude, latitude FROM cases
            WHERE category_code = $category AND reported_at >= $since AND {Open}
              AND latitude BETWEEN $south AND $north AND longitude BETWEEN $west AND $east
            ORDER BY id LIMIT 200
            """,
            ("$category", categoryCode), ("$since", Timestamp(since)),
            ("$south", point.Latitude - dLat), ("$north", point.Latitude + dLat),
            ("$west", point.Longitude - dLon), ("$east", point.Longitude + dLon));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var nearby = new List<DuplicateCandidates.Nearby>();
        while (await reader.ReadAsync(cancellationToken))
        {
            nearby.Add(new DuplicateCandidates.Nearby(
                Guid.Parse(reader.GetString(0)),
                reader.GetString(1),
                Enum.Parse<CaseStatus>(reader.GetString(2)),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                new DigitalCity.Contracts.GeoPoint(reader.GetDouble(4), reader.GetDouble(5))));
        }

        return DuplicateCandidates.Within(nearby, point, radiusMeters);
    }

    public async Task<Page<Case>> ListAsync(CaseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        var items = await _cases.QueryAsync(where, "reported_at DESC, id DESC", page.Size, page.Skip, cancellationToken, parameters);
        var total = await _cases.CountAsync(where, cancellationToken, parameters);
        return new Page<Case>(items, page.Number, page.Size, total);
    }

    public async Task<CaseCounts> CountAsync(CaseFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        var byStatus = new Dictionary<CaseStatus, long>();
        await using var connection = await _cases.Database.OpenAsync(cancellationToken);
        await using (var command = SqliteDatabase.Command(connection, null,
            $"SELECT status, COUNT(*) FROM cases WHERE {where} GROUP BY 1", parameters))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                byStatus[Enum.Parse<CaseStatus>(reader.GetString(0))] = reader.GetInt64(1);
            }
        }

        async Task<long> Count(string condition) => await _cases.CountAsync($"{where} AND {condition}", cancellationToken, parameters);
        return new CaseCounts(
            byStatus,
            await Count(AlertIs("'Warned'")),
            await Count(AlertIs("'Overdue'")),
            await Count("json_extract(doc, '$.place') IS NULL"),
            await Count($"json_extract(doc, '$.supervised') = 1 AND {Open}"));
    }

    /// <summary>A department still working on the case has one of these deadline alerts.</summary>
    static string AlertIs(string alerts) =>
        $"EXISTS (SELECT 1 FROM json_each(doc, '$.assignments') WHERE json_extract(value, '$.status') = 'Processing' AND json_extract(value, '$.alert') IN ({alerts}))";

    static (string Where, (string, object?)[] Parameters) Where(CaseFilter filter)
    {
        var conditions = new List<string> { "1 = 1" };
        void When(object? value, string condition)
        {
            if (value is not null)
            {
                conditions.Add(condition);
            }
        }

        When(filter.ReportedBy, "reported_by = $reporter");
        When(filter.Status, "status = $status");
        When(filter.Department, "EXISTS (SELECT 1 FROM json_each(doc, '$.assignments') WHERE json_extract(value, '$.departmentCode') = $department)");
        When(filter.CategoryCode, "category_code = $category");
        When(filter.DistrictCode, "district_code = $district");
        When(filter.GridCode, "json_extract(doc, '$.place.gridCode') = $grid");
        When(filter.Unassigned, filter.Unassigned == true ? "json_extract(doc, '$.place') IS NULL" : "json_extract(doc, '$.place') IS NOT NULL");
        When(filter.ReportedFrom, "reported_at >= $from");
        When(filter.ReportedBefore, "reported_at < $before");
        When(filter.Open, filter.Open == true ? Open : $"NOT ({Open})");
        When(filter.Alert, filter.Alert == DeadlineAlert.Overdue ? AlertIs("'Overdue'") : AlertIs("'Warned', 'Overdue'"));
        var where = string.Join(" AND ", conditions);

        (string, object?)[] parameters =
        [
            ("$reporter", filter.ReportedBy), ("$status", filter.Status?.ToString()), ("$department", filter.Department),
            ("$category", filter.CategoryCode), ("$district", filter.DistrictCode), ("$grid", filter.GridCode),
            ("$from", Timestamp(filter.ReportedFrom)), ("$before", Timestamp(filter.ReportedBefore)),
        ];
        return (where, parameters);
    }

    /// <summary>An instant in UTC as the document writes it, so the text compares with <c>reported_at</c> correctly.</summary>
    static string? Timestamp(DateTimeOffset? instant) => instant is null ? null : DocumentJson.Instant(instant.Value);
}
