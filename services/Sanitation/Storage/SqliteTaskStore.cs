using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Sanitation.Storage;

/// <summary>
/// Tasks in the service's SQLite file; one task per (case, opening event) is enforced by a unique index.
/// The first slice's one-task-per-case index is dropped: a case now has a task per dispatch and per rework.
/// </summary>
public sealed class SqliteTaskStore : ITaskStore
{
    readonly SqliteAggregateTable<SanitationTask> _tasks;

    public SqliteTaskStore(SqliteDatabase database)
    {
        _tasks = new SqliteAggregateTable<SanitationTask>(database, "tasks");
        _tasks.EnsureCreated("""
            DROP INDEX IF EXISTS ux_tasks_case;
            CREATE UNIQUE INDEX IF NOT EXISTS ux_tasks_case_source
                ON tasks(json_extract(doc, '$.caseId'), json_extract(doc, '$.sourceEventId'))
                WHERE json_extract(doc, '$.sourceEventId') IS NOT NULL;
            CREATE INDEX IF NOT EXISTS ix_tasks_case ON tasks(json_extract(doc, '$.caseId'), json_extract(doc, '$.createdAt'));
            CREATE INDEX IF NOT EXISTS ix_tasks_status ON tasks(json_extract(doc, '$.status'), json_extract(doc, '$.createdAt'));
            CREATE UNIQUE INDEX IF NOT EXISTS ux_tasks_open_facility ON tasks(json_extract(doc, '$.facilityCode'))
                WHERE json_extract(doc, '$.facilityCode') IS NOT NULL AND json_extract(doc, '$.status') = 'Open';
            CREATE INDEX IF NOT EXISTS ix_tasks_facility ON tasks(json_extract(doc, '$.facilityCode'), json_extract(doc, '$.createdAt'));
            CREATE UNIQUE INDEX IF NOT EXISTS ux_tasks_idempotency ON tasks(json_extract(doc, '$.idempotencyKey'))
                WHERE json_extract(doc, '$.idempotencyKey') IS NOT NULL;
            """);
    }

    public Task<SanitationTask?> FindAsync(Guid id, CancellationToken cancellationToken) => _tasks.FindAsync(id, cancellationToken);

    public Task<SanitationTask?> FindBySourceAsync(Guid caseId, Guid sourceEventId, CancellationToken cancellationToken) =>
        FirstAsync("json_extract(doc, '$.caseId') = $case AND json_extract(doc, '$.sourceEventId') = $source",
            cancellationToken, ("$case", caseId.ToString()), ("$source", sourceEventId.ToString()));

    public Task<IReadOnlyList<SanitationTask>> ListByCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        _tasks.QueryAsync("json_extract(doc, '$.caseId') = $case", "json_extract(doc, '$.createdAt'), id", ITaskStore.MaxTasksPerCase, 0,
            cancellationToken, ("$case", caseId.ToString()));

    public Task<SanitationTask?> FindOpenForFacilityAsync(string facilityCode, CancellationToken cancellationToken) =>
        FirstAsync("json_extract(doc, '$.facilityCode') = $value AND json_extract(doc, '$.status') = 'Open'", cancellationToken, ("$value", facilityCode));

    public Task<SanitationTask?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken) =>
        FirstAsync("json_extract(doc, '$.idempotencyKey') = $value", cancellationToken, ("$value", scopedKey));

    public Task SaveAsync(SanitationTask task, CancellationToken cancellationToken) => _tasks.SaveAsync(task, cancellationToken);

    public async Task<Page<SanitationTask>> ListAsync(TaskFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        // Documents written before sources and kinds existed are case tasks of kind General.
        const string where = """
            ($status IS NULL OR json_extract(doc, '$.status') = $status)
            AND ($source IS NULL OR COALESCE(json_extract(doc, '$.source'), 'Case') = $source)
            AND ($kind IS NULL OR COALESCE(json_extract(doc, '$.kind'), 'General') = $kind)
            AND ($facility IS NULL OR json_extract(doc, '$.facilityCode') = $facility)
            AND ($case IS NULL OR json_extract(doc, '$.caseId') = $case)
            """;
        (string, object?)[] parameters =
            [("$status", filter.Status?.ToString()), ("$source", filter.Source?.ToString()), ("$kind", filter.Kind?.ToString()), ("$facility", filter.FacilityCode),
             ("$case", filter.CaseId?.ToString())];
        var items = await _tasks.QueryAsync(where, "json_extract(doc, '$.createdAt'), id", page.Size, page.Skip, cancellationToken, parameters);
        var total = await _tasks.CountAsync(where, cancellationToken, parameters);
        return new Page<SanitationTask>(items, page.Number, page.Size, total);
    }

    async Task<SanitationTask?> FirstAsync(string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var found = await _tasks.QueryAsync(where, "id", 1, 0, cancellationToken, parameters);
        return found.Count == 0 ? null : found[0];
    }
}
