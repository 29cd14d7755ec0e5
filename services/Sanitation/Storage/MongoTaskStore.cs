using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Storage;

/// <summary>Tasks in MongoDB; one task per case is enforced by a unique partial index.</summary>
public sealed class MongoTaskStore : ITaskStore
{
    public const string CollectionName = "tasks";

    readonly MongoAggregateCollection<SanitationTask> _tasks;

    public MongoTaskStore(MongoServiceDatabase database)
    {
        _tasks = new MongoAggregateCollection<SanitationTask>(database, CollectionName);
        var keys = Builders<SanitationTask>.IndexKeys;
        _tasks.DefineIndexes(
        [
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.CaseId),
                new CreateIndexOptions<SanitationTask> { Unique = true, Name = "case", PartialFilterExpression = Builders<SanitationTask>.Filter.Type(t => t.CaseId, BsonType.Binary) }),
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.Status).Ascending(t => t.CreatedAt), new CreateIndexOptions { Name = "status" }),
        ]);
    }

    public Task<SanitationTask?> FindAsync(Guid id, CancellationToken cancellationToken) => _tasks.FindAsync(id, cancellationToken);

    public async Task<SanitationTask?> FindByCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var found = await _tasks.FindManyAsync(Builders<SanitationTask>.Filter.Eq(t => t.CaseId, caseId), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(SanitationTask task, CancellationToken cancellationToken) => _tasks.SaveAsync(task, cancellationToken);

    public async Task<Page<SanitationTask>> ListAsync(SanitationTaskStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        var filter = status is null ? Builders<SanitationTask>.Filter.Empty : Builders<SanitationTask>.Filter.Eq(t => t.Status, status.Value);
        var sort = Builders<SanitationTask>.Sort.Ascending(t => t.CreatedAt).Ascending(t => t.Id);
        var items = await _tasks.FindManyAsync(filter, sort, page.Skip, page.Size, cancellationToken);
        return new Page<SanitationTask>(items, page.Number, page.Size, await _tasks.CountAsync(filter, cancellationToken));
    }
}
