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
        var filter = Builders<SanitationTask>.Filter;
        _tasks.DropLegacyIndexes("case");
        _tasks.DefineIndexes(
        [
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.CaseId).Ascending(t => t.SourceEventId),
                new CreateIndexOptions<SanitationTask> { Unique = true, Name = "case_source", PartialFilterExpression = Builders<SanitationTask>.Filter.Type(t => t.SourceEventId, BsonType.Binary) }),
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.CaseId).Ascending(t => t.CreatedAt), new CreateIndexOptions { Name = "case_tasks" }),
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.Status).Ascending(t => t.CreatedAt), new CreateIndexOptions { Name = "status" }),
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.FacilityCode), new CreateIndexOptions<SanitationTask>
            {
                Unique = true,
                Name = "open_facility",
                PartialFilterExpression = filter.Type(t => t.FacilityCode, BsonType.String) & filter.Eq(t => t.Status, SanitationTaskStatus.Open),
            }),
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.FacilityCode).Ascending(t => t.CreatedAt), new CreateIndexOptions { Name = "facility" }),
            new CreateIndexModel<SanitationTask>(keys.Ascending(t => t.IdempotencyKey),
                new CreateIndexOptions<SanitationTask> { Unique = true, Name = "idempotency", PartialFilterExpression = filter.Type(t => t.IdempotencyKey, BsonType.String) }),
        ]);
    }

    public Task<SanitationTask?> FindAsync(Guid id, CancellationToken cancellationToken) => _tasks.FindAsync(id, cancellationToken);

    public Task<SanitationTask?> FindBySourceAsync(Guid caseId, Guid sourceEventId, CancellationToken cancellationToken) =>
        FirstAsync(Builders<SanitationTask>.Filter.Eq(t => t.CaseId, caseId) & Builders<SanitationTask>.Filter.Eq(t => t.SourceEventId, sourceEventId), cancellationToken);

    public Task<IReadOnlyList<SanitationTask>> ListByCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        _tasks.FindManyAsync(Builders<SanitationTask>.Filter.Eq(t => t.CaseId, caseId),
            Builders<SanitationTask>.Sort.Ascending(t => t.CreatedAt).Ascending(t => t.Id), 0, ITaskStore.MaxTasksPerCase, cancellationToken);

    public Task<SanitationTask?> FindOpenForFacilityAsync(string facilityCode, CancellationToken cancellationToken) =>
        FirstAsync(Builders<SanitationTask>.Filter.Eq(t => t.FacilityCode, facilityCode) & Builders<SanitationTask>.Filter.Eq(t => t.Status, SanitationTaskStatus.Open), cancellationToken);

    public Task<SanitationTask?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken) =>
        FirstAsync(Builders<SanitationTask>.Filter.Eq(t => t.IdempotencyKey, scopedKey), cancellationToken);

    public Task SaveAsync(SanitationTask task, CancellationToken cancellationToken) => _tasks.SaveAsync(task, cancellationToken);

    public async Task<Page<SanitationTask>> ListAsync(TaskFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var f = Builders<SanitationTask>.Filter;
        var where = f.Empty;
        if (filter.Status is { } status)
        {
            where &= f.Eq(t => t.Status, status);
        }

        // Documents written before sources and kinds existed lack the fields: they are case tasks of kind General.
        if (filter.Source is { } source)
        {
            where &= source == TaskSource.Case ? f.Eq(t => t.Source, source) | f.Exists(t => t.Source, false) : f.Eq(t => t.Source, source);
        }

        if (filter.Kind is { } kind)
        {
            where &= kind == TaskKind.General ? f.Eq(t => t.Kind, kind) | f.Exists(t => t.Kind, false) : f.Eq(t => t.Kind, kind);
        }

        if (filter.FacilityCode is { } facility)
        {
            where &= f.Eq(t => t.FacilityCode, facility);
        }

        if (filter.CaseId is { } caseId)
        {
            where &= f.Eq(t => t.CaseId, caseId);
        }

        var sort = Builders<SanitationTask>.Sort.Ascending(t => t.CreatedAt).Ascending(t => t.Id);
        var items = await _tasks.FindManyAsync(where, sort, page.Skip, page.Size, cancellationToken);
        return new Page<SanitationTask>(items, page.Number, page.Size, await _tasks.CountAsync(where, cancellationToken));
    }

    async Task<SanitationTask?> FirstAsync(FilterDefinition<SanitationTask> filter, CancellationToken cancellationToken)
    {
        var found = await _tasks.FindManyAsync(filter, null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
