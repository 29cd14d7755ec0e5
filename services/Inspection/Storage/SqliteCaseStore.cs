using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Inspection.Storage;

/// <summary>
/// Cases in the service's SQLite file, with expression indexes for the queries it answers. The category
/// index also carries each case's position and state, so the duplicate lookup that follows every report
/// tests its bounding box and state on index entries and parses only the documents that pass; with an
/// index of category and time alone, every lookup parsed the JSON of each case of the category reported
/// in the window (see docs/benchmarks.md, "Report intake").
/// </summary>
public sealed class SqliteCaseStore : ICaseStore
{
    readonly SqliteAggregateTable<Case> _cases;

    public SqliteCaseStore(SqliteDatabase database)
    {
        _cases = new SqliteAggregateTable<Case>(database, "cases");
        _cases.EnsureCreated("""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_cases_idempotency ON cases(json_extract(doc, '$.idempotencyKey'))
                WHERE json_extract(doc, '$.idempotencyKey') IS NOT NULL;
            CREATE INDEX IF NOT EXISTS ix_cases_reporter ON cases(json_extract(doc, '$.reportedBy'), json_extract(doc, '$.reportedAt'));
            CREATE INDEX IF NOT EXISTS ix_cases_status ON cases(json_extract(doc, '$.status'), json_extract(doc, '$.reportedAt'));
            CREATE INDEX IF NOT EXISTS ix_cases_reported_at ON cases(json_extract(doc, '$.reportedAt'));
            DROP INDEX IF EXISTS ix_cases_category_nearby;
            CREATE INDEX IF NOT EXISTS ix_cases_category ON cases(json_extract(doc, '$.categoryCode'), json_extract(doc, '$.reportedAt'));
            CREATE INDEX IF NOT EXISTS ix_cases_nearby ON cases(
                json_extract(doc, '$.categoryCode'), json_extract(doc, '$.location.latitude'), json_extract(doc, '$.location.longitude'),
                json_extract(doc, '$.reportedAt'), json_extract(doc, '$.status'));
            CREATE INDEX IF NOT EXISTS ix_cases_district ON cases(json_extract(doc, '$.place.districtCode'), json_extract(doc, '$.reportedAt'));
            """);
    }

    public Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken) => _cases.FindAsync(id, cancellationToken);

    public async Task<Case?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _cases.QueryAsync("json_extract(doc, '$.idempotencyKey') = $key", "id", 1, 0, cancellationToken, ("$key", scopedKey));
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(Case @case, CancellationToken cancellationToken) => _cases.SaveAsync(@case, cancellationToken);

    public async Task<IReadOnlyList<DuplicateCandidate>> FindNearbyOpenAsync(string categoryCode, DigitalCity.Contracts.GeoPoint point, double radiusMeters, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // A bounding box in SQL narrows the rows; the exact distance is measured in code.
        var (dLat, dLon) = GeoDistance.DegreesAround(point, radiusMeters);
        var nearby = await _cases.QueryAsync(
            """
            json_extract(doc, '$.categoryCode') = $category
            AND json_extract(doc, '$.reportedAt') >= $since
            AND json_extract(doc, '$.status') NOT IN ('Rejected', 'Closed', 'Voided')
            AND json_extract(doc, '$.location.latitude') BETWEEN $south AND $north
            AND json_extract(doc, '$.location.longitude') BETWEEN $west AND $east
            """,
            "id", 200, 0, cancellationToken,
            ("$category", categoryCode), ("$since", Timestamp(since)),
            ("$south", point.Latitude - dLat), ("$north", point.Latitude + dLat),
            ("$west", point.Longitude - dLon), ("$east", point.Longitude + dLon));
        return DuplicateCandidates.Within(nearby, point, radiusMeters);
    }

    public async Task<Page<Case>> ListAsync(CaseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        var items = await _cases.QueryAsync(where, "json_extract(doc, '$.reportedAt') DESC, id DESC", page.Size, page.Skip, cancellationToken, parameters);
        var total = await _cases.CountAsync(where, cancellationToken, parameters);
        return new Page<Case>(items, page.Number, page.Size, total);
    }

    public async Task<CaseCounts> CountAsync(CaseFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        var byStatus = new Dictionary<CaseStatus, long>();
        await using var connection = await _cases.Database.OpenAsync(cancellationToken);
        await using (var command = SqliteDatabase.Command(connection, null,
            $"SELECT json_extract(doc, '$.status'), COUNT(*) FROM cases WHERE {where} GROUP BY 1", parameters))
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
            await Count("json_extract(doc, '$.supervised') = 1 AND json_extract(doc, '$.status') NOT IN ('Rejected', 'Closed', 'Voided')"));
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

        When(filter.ReportedBy, "json_extract(doc, '$.reportedBy') = $reporter");
        When(filter.Status, "json_extract(doc, '$.status') = $status");
        When(filter.Department, "EXISTS (SELECT 1 FROM json_each(doc, '$.assignments') WHERE json_extract(value, '$.departmentCode') = $department)");
        When(filter.CategoryCode, "json_extract(doc, '$.categoryCode') = $category");
        When(filter.DistrictCode, "json_extract(doc, '$.place.districtCode') = $district");
        When(filter.GridCode, "json_extract(doc, '$.place.gridCode') = $grid");
        When(filter.Unassigned, filter.Unassigned == true ? "json_extract(doc, '$.place') IS NULL" : "json_extract(doc, '$.place') IS NOT NULL");
        When(filter.ReportedFrom, "json_extract(doc, '$.reportedAt') >= $from");
        When(filter.ReportedBefore, "json_extract(doc, '$.reportedAt') < $before");
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

    /// <summary>The form System.Text.Json writes instants in, so the document's text compares correctly.</summary>
    static string? Timestamp(DateTimeOffset? instant) =>
        instant is null ? null : System.Text.Json.JsonSerializer.Serialize(instant.Value.ToUniversalTime(), DigitalCity.ServiceDefaults.Storage.DocumentJson.Options).Trim('"');
}
