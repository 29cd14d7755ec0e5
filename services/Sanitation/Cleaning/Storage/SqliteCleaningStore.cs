using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Sanitation.Cleaning.Storage;

/// <summary>Plans and runs in the sanitation service's SQLite file; a segment has one plan and a key one run (unique indexes).</summary>
public sealed class SqliteCleaningStore : ICleaningStore
{
    const string PlanWhere = """
        ($district IS NULL OR json_extract(doc, '$.districtCode') = $district)
        AND ($crew IS NULL OR EXISTS (SELECT 1 FROM json_each(doc, '$.crewIds') WHERE value = $crew))
        """;

    readonly SqliteAggregateTable<CleaningPlan> _plans;
    readonly SqliteAggregateTable<CleaningRun> _runs;

    public SqliteCleaningStore(SqliteDatabase database)
    {
        _plans = new SqliteAggregateTable<CleaningPlan>(database, "cleaning_plans");
        _plans.EnsureCreated("""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_cleaning_plans_segment ON cleaning_plans(json_extract(doc, '$.segmentCode'));
            CREATE INDEX IF NOT EXISTS ix_cleaning_plans_district ON cleaning_plans(json_extract(doc, '$.districtCode'), json_extract(doc, '$.segmentCode'));
            """);
        _runs = new SqliteAggregateTable<CleaningRun>(database, "cleaning_runs");
        _runs.EnsureCreated("""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_cleaning_runs_idempotency ON cleaning_runs(json_extract(doc, '$.idempotencyKey'))
                WHERE json_extract(doc, '$.idempotencyKey') IS NOT NULL;
            CREATE INDEX IF NOT EXISTS ix_cleaning_runs_segment_day ON cleaning_runs(json_extract(doc, '$.segmentCode'), json_extract(doc, '$.day'));
            """);
    }

    public async Task<CleaningPlan?> FindPlanAsync(string segmentCode, CancellationToken cancellationToken)
    {
        var found = await _plans.QueryAsync("json_extract(doc, '$.segmentCode') = $segment", "id", 1, 0, cancellationToken, ("$segment", segmentCode));
        return found.Count == 0 ? null : found[0];
    }

    public Task SavePlanAsync(CleaningPlan plan, CancellationToken cancellationToken) => _plans.SaveAsync(plan, cancellationToken);

    public Task<IReadOnlyList<CleaningPlan>> ListPlansAsync(PlanFilter filter, int skip, int limit, CancellationToken cancellationToken) =>
        _plans.QueryAsync(PlanWhere, "json_extract(doc, '$.segmentCode')", limit, skip, cancellationToken, Parameters(filter));

    public Task<long> CountPlansAsync(PlanFilter filter, CancellationToken cancellationToken) =>
        _plans.CountAsync(PlanWhere, cancellationToken, Parameters(filter));

    public async Task<CleaningRun?> FindRunByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _runs.QueryAsync("json_extract(doc, '$.idempotencyKey') = $key", "id", 1, 0, cancellationToken, ("$key", scopedKey));
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveRunAsync(CleaningRun run, CancellationToken cancellationToken) => _runs.SaveAsync(run, cancellationToken);

    public Task<IReadOnlyList<CleaningRun>> ListRunsAsync(IReadOnlyCollection<string> segmentCodes, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segmentCodes);
        if (segmentCodes.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<CleaningRun>>([]);
        }

        var codes = segmentCodes.Select((code, i) => ($"$s{i}", (object?)code)).ToList();
        return _runs.QueryAsync(
            $"json_extract(doc, '$.segmentCode') IN ({string.Join(", ", codes.Select(c => c.Item1))}) AND json_extract(doc, '$.day') BETWEEN $from AND $to",
            "json_extract(doc, '$.startedAt'), id", ICleaningStore.MaxRunsPerQuery, 0, cancellationToken,
            [.. codes, ("$from", from.ToString("yyyy-MM-dd")), ("$to", to.ToString("yyyy-MM-dd"))]);
    }

    static (string, object?)[] Parameters(PlanFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return [("$district", filter.DistrictCode), ("$crew", filter.CrewMember)];
    }
}
