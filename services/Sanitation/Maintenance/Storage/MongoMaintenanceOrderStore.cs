using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Maintenance.Storage;

/// <summary>Work orders in MongoDB: collection <c>maintenanceOrders</c>.</summary>
public sealed class MongoMaintenanceOrderStore : IMaintenanceOrderStore
{
    /// <summary>Also one of the collections the sanitation outbox dispatcher reads.</summary>
    public const string CollectionName = "maintenanceOrders";

    static readonly SortDefinition<MaintenanceOrder> SoonestDue = Builders<MaintenanceOrder>.Sort.Ascending(o => o.DueAt).Ascending(o => o.Id);

    readonly MongoAggregateCollection<MaintenanceOrder> _collection;

    public MongoMaintenanceOrderStore(MongoServiceDatabase database)
    {
        _collection = new MongoAggregateCollection<MaintenanceOrder>(database, CollectionName);
        var keys = Builders<MaintenanceOrder>.IndexKeys;
        _collection.DefineIndexes(
            new CreateIndexModel<MaintenanceOrder>(keys.Ascending(o => o.Status).Ascending(o => o.Overdue).Ascending(o => o.DueAt), new CreateIndexOptions { Name = "due" }),
            new CreateIndexModel<MaintenanceOrder>(keys.Ascending(o => o.FacilityCode).Ascending(o => o.DueAt), new CreateIndexOptions { Name = "facility" }),
            new CreateIndexModel<MaintenanceOrder>(keys.Ascending(o => o.AssigneeId).Ascending(o => o.DueAt), new CreateIndexOptions { Name = "assignee" }),
            new CreateIndexModel<MaintenanceOrder>(keys.Ascending(o => o.DistrictCode).Ascending(o => o.DueAt), new CreateIndexOptions { Name = "district" }));
    }

    public Task<MaintenanceOrder?> FindAsync(Guid id, CancellationToken cancellationToken) => _collection.FindAsync(id, cancellationToken);

    public Task SaveAsync(MaintenanceOrder order, CancellationToken cancellationToken) => _collection.SaveAsync(order, cancellationToken);

    public async Task<Page<MaintenanceOrder>> ListAsync(MaintenanceFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var f = Builders<MaintenanceOrder>.Filter;
        var where = f.Empty;
        where &= filter.Status is { } status ? f.Eq(o => o.Status, status) : f.Empty;
        where &= filter.FacilityCode is { } facility ? f.Eq(o => o.FacilityCode, facility) : f.Empty;
        where &= filter.DistrictCode is { } district ? f.Eq(o => o.DistrictCode, district) : f.Empty;
        where &= filter.Overdue is { } overdue ? f.Eq(o => o.Overdue, overdue) : f.Empty;
        where &= filter.AssigneeId is { } assignee ? f.Eq(o => o.AssigneeId, assignee) : f.Empty;
        var items = await _collection.FindManyAsync(where, SoonestDue, page.Skip, page.Size, cancellationToken);
        return new Page<MaintenanceOrder>(items, page.Number, page.Size, await _collection.CountAsync(where, cancellationToken));
    }

    public Task<IReadOnlyList<MaintenanceOrder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var f = Builders<MaintenanceOrder>.Filter;
        return _collection.FindManyAsync(f.Eq(o => o.Status, MaintenanceStatus.Open) & f.Eq(o => o.Overdue, false) & f.Lte(o => o.DueAt, now),
            SoonestDue, 0, limit, cancellationToken);
    }
}
