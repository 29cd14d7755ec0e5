using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Sanitation.Storage;

/// <summary>Tasks in the service's SQLite file; one task per case is enforced by a unique index.</summary>
public sealed class SqliteTaskStore : ITaskStore
{
    readonly SqliteAggregateTable<SanitationTask> _tasks;

    public SqliteTaskStore(SqliteDatabase database)
    {
        _tasks = new SqliteAggregateTable<SanitationTask>(database, "tasks");
        _tasks.EnsureCreated("""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_tasks_case ON tasks(json_extract(doc, '$.caseId'))
                WHERE json_extract(doc, '$.caseId') IS NOT NULL;
            CREATE INDEX IF NOT EXISTS ix_tasks_status ON tasks(json_extract(doc, '$.status'), json_extract(doc, '$.createdAt'));
            """);
    }

    public Task<SanitationTask?> FindAsync(Guid id, CancellationToken cancellationToken) => _tasks.FindAsync(id, cancellationToken);

    public async Task<SanitationTask?> FindByCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var found = await _tasks.QueryAsync("json_extract(doc, '$.caseId') = $case", "id", 1, 0, cancellationToken, ("$case", caseId.ToString()));
        return found.Count == 0 ? null : found[0];
    }

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
