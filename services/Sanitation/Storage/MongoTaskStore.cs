using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Storage;

/// <summary>
/// Tasks in MongoDB; one task per (case, opening event) is enforced by a unique partial index. The first
/// slice's unique one-task-per-case index (<c>case</c>) is dropped: a case now has a task per dispatch and per rework.
/// </summary>
public sealed class MongoTaskStore : ITaskStore
{
    public const string CollectionName = "tasks";

    readonly MongoAggregateCollection<SanitationTask> _tasks;

    public MongoTaskStore(MongoServiceDatabase database)
    {
        _tasks = new MongoAggregateCollection<SanitationTask>(database, CollectionName);
        var keys = Builders<SanitationTask>.IndexKeys;
        _tasks.DropLegacyIndexes("case");
        _tasks.DefineIndexes(
        [
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.CaseId).Ascending(t => t.SourceEventId),
                new CreateIndexOptions<SanitationTask> { Unique = true, Name = "case_source", PartialFilterExpression = Builders<SanitationTask>.Filter.Type(t => t.SourceEventId, BsonType.Binary) }),
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.CaseId).Ascending(t => t.CreatedAt), new CreateIndexOptions { Name = "case_tasks" }),
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.Status).Ascending(t => t.CreatedAt), new CreateIndexOptions { Name = "status" }),
        ]);
    }

    public Task<SanitationTask?> FindAsync(Guid id, CancellationToken cancellationToken) => _tasks.FindAsync(id, cancellationToken);

    public async Task<SanitationTask?> FindBySourceAsync(Guid caseId, Guid sourceEventId, CancellationToken cancellationToken)
    {
        var filter = Builders<SanitationTask>.Filter;
        var found = await _tasks.FindManyAsync(filter.Eq(t => t.CaseId, caseId) & filter.Eq(t => t.SourceEventId, sourceEventId), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<SanitationTask>> ListByCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        _tasks.FindManyAsync(Builders<SanitationTask>.Filter.Eq(t => t.CaseId, caseId),
            Builders<SanitationTask>.Sort.Ascending(t => t.CreatedAt).Ascending(t => t.Id), 0, ITaskStore.MaxTasksPerCase, cancellationToken);

    public Task SaveAsync(SanitationTask task, CancellationToken cancellationToken) => _tasks.SaveAsync(task, cancellationToken);

    public async Task<Page<SanitationTask>> ListAsync(SanitationTaskStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        var filter = status is null ? Builders<SanitationTask>.Filter.Empty : Builders<SanitationTask>.Filter.Eq(t => t.Status, status.Value);
        var sort = Builders<SanitationTask>.Sort.Ascending(t => t.CreatedAt).Ascending(t => t.Id);
        var items = await _tasks.FindManyAsync(filter, sort, page.Skip, page.Size, cancellationToken);
        return new Page<SanitationTask>(items, page.Number, page.Size, await _tasks.CountAsync(filter, cancellationToken));
    }
}
