using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Driver;

namespace DigitalCity.Inspection.ManholeCovers.Storage;

/// <summary>
/// Covers in MongoDB, one document per well with its defects; unique by code, a multikey index on the
/// campaigns of its defects for the figures.
/// </summary>
public sealed class MongoManholeCoverStore : IManholeCoverStore
{
    /// <summary>Also one of the collections the inspection outbox dispatcher reads.</summary>
    public const string CollectionName = "manholeCovers";

    const int MaxCampaignCovers = 100_000;

    readonly MongoAggregateCollection<ManholeCover> _covers;

    public MongoManholeCoverStore(MongoServiceDatabase database)
    {
        _covers = new MongoAggregateCollection<ManholeCover>(database, CollectionName);
        var keys = Builders<ManholeCover>.IndexKeys;
        _covers.DefineIndexes(
            new CreateIndexModel<ManholeCover>(keys.Ascending(c => c.Code), new CreateIndexOptions { Unique = true, Name = "code" }),
            new CreateIndexModel<ManholeCover>(keys.Ascending(c => c.DistrictCode).Ascending(c => c.Kind).Ascending(c => c.Code), new CreateIndexOptions { Name = "district" }),
            new CreateIndexModel<ManholeCover>(keys.Ascending(c => c.State).Ascending(c => c.Code), new CreateIndexOptions { Name = "state" }),
            new CreateIndexModel<ManholeCover>(keys.Ascending(c => c.OwnerCode).Ascending(c => c.Code), new CreateIndexOptions { Name = "owner" }),
            new CreateIndexModel<ManholeCover>(keys.Ascending(c => c.CampaignIds), new CreateIndexOptions { Name = "campaigns" }));
    }

    public async Task<ManholeCover?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await _covers.FindManyAsync(Builders<ManholeCover>.Filter.Eq(c => c.Code, code), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<string>> FindExistingCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var found = await _covers.FindManyAsync(Builders<ManholeCover>.Filter.In(c => c.Code, codes), null, 0, codes.Count, cancellationToken);
        return [.. found.Select(c => c.Code)];
    }

    public Task SaveAsync(ManholeCover cover, CancellationToken cancellationToken) => _covers.SaveAsync(cover, cancellationToken);

    /// <summary>
    /// One insert per cover: the aggregate collection writes a document and its outbox entries atomically, not
    /// several documents. The import checked every code beforehand, so only a registration of the same code
    /// racing the import can stop it part-way (with <see cref="DuplicateKeyException"/>); the covers inserted
    /// before it stay, and a retry of the import reports them as already on file.
    /// </summary>
    public async Task InsertAllAsync(IReadOnlyList<ManholeCover> covers, CancellationToken cancellationToken)
    {
        foreach (var cover in covers)
        {
            await _covers.SaveAsync(cover, cancellationToken);
        }
    }

    public async Task<Page<ManholeCover>> SearchAsync(CoverFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var f = Builders<ManholeCover>.Filter;
        var query = f.Empty;
        if (filter.DistrictCode is not null)
        {
            query &= f.Eq(c => c.DistrictCode, filter.DistrictCode);
        }

        if (filter.Kind is { } kind)
        {
            query &= f.Eq(c => c.Kind, kind);
        }

        if (filter.State is { } state)
        {
            query &= f.Eq(c => c.State, state);
        }

        if (filter.OwnerCode is not null)
        {
            query &= f.Eq(c => c.OwnerCode, filter.OwnerCode);
        }

        if (filter.MaintainerCode is not null)
        {
            query &= f.Eq(c => c.MaintainerCode, filter.MaintainerCode);
        }

        var items = await _covers.FindManyAsync(query, Builders<ManholeCover>.Sort.Ascending(c => c.Code), page.Skip, page.Size, cancellationToken);
        return new Page<ManholeCover>(items, page.Number, page.Size, await _covers.CountAsync(query, cancellationToken));
    }

    public Task<IReadOnlyList<ManholeCover>> FindByCampaignAsync(Guid campaignId, CancellationToken cancellationToken) =>
        _covers.FindManyAsync(Builders<ManholeCover>.Filter.AnyEq(c => c.CampaignIds, campaignId), null, 0, MaxCampaignCovers, cancellationToken);
}
