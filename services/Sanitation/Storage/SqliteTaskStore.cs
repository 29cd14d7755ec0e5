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
            """);
    }

    public Task<SanitationTask?> FindAsync(Guid id, CancellationToken cancellationToken) => _tasks.FindAsync(id, cancellationToken);

    public async Task<SanitationTask?> FindBySourceAsync(Guid caseId, Guid sourceEventId, CancellationToken cancellationToken)
    {
        var found = await _tasks.QueryAsync("json_extract(doc, '$.caseId') = $case AND json_extract(doc, '$.sourceEventId') = $source", "id", 1, 0,
            cancellationToken, ("$case", caseId.ToString()), ("$source", sourceEventId.ToString()));
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<SanitationTask>> ListByCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        _tasks.QueryAsync("json_extract(doc, '$.caseId') = $case", "json_extract(doc, '$.createdAt'), id", ITaskStore.MaxTasksPerCase, 0,
            cancellationToken, ("$case", caseId.ToString()));

    public Task SaveAsync(SanitationTask task, CancellationToken cancellationToken) => _tasks.SaveAsync(task, cancellationToken);

    public async Task<Page<SanitationTask>> ListAsync(SanitationTaskStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        var where = status is null ? "1 = 1" : "json_extract(doc, '$.status') = $status";
        (string, object?)[] parameters = [("$status", status?.ToString())];
        var items = await _tasks.QueryAsync(where, "json_extract(doc, '$.createdAt'), id", page.Size, page.Skip, cancellationToken, parameters);
        var total = await _tasks.CountAsync(where, cancellationToken, parameters);
        return new Page<SanitationTask>(items, page.Number, page.Size, total);
    }
}
