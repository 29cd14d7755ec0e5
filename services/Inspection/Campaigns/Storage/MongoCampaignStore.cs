using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Inspection.Campaigns.Storage;

/// <summary>Campaigns, groups and visits in MongoDB, one collection each; a visit's hazards live in its document.</summary>
public sealed class MongoCampaignStore : ICampaignStore
{
    public const string CampaignsCollection = "campaigns";
    public const string GroupsCollection = "inspectionGroups";
    public const string VisitsCollection = "inspectionVisits";
    public const string SummariesCollection = "campaignDailySummaries";

    /// <summary>The collections whose documents carry outbox entries.</summary>
    public static IReadOnlyList<string> Collections { get; } = [CampaignsCollection, GroupsCollection, VisitsCollection, SummariesCollection];

    readonly MongoAggregateCollection<Campaign> _campaigns;
    readonly MongoAggregateCollection<InspectionGroup> _groups;
    readonly MongoAggregateCollection<InspectionVisit> _visits;
    readonly MongoAggregateCollection<DailySummaryRecord> _summaries;

    public MongoCampaignStore(MongoServiceDatabase database)
    {
        _campaigns = new MongoAggregateCollection<Campaign>(database, CampaignsCollection);
        _campaigns.DefineIndexes(new CreateIndexModel<Campaign>(
            Builders<Campaign>.IndexKeys.Ascending(c => c.EndDate).Ascending(c => c.StartDate), new CreateIndexOptions { Name = "period" }));
        _groups = new MongoAggregateCollection<InspectionGroup>(database, GroupsCollection);
        _groups.DefineIndexes(
            new CreateIndexModel<InspectionGroup>(Builders<InspectionGroup>.IndexKeys.Ascending(g => g.CampaignId).Ascending(g => g.Day), new CreateIndexOptions { Name = "campaign" }),
            new CreateIndexModel<InspectionGroup>(Builders<InspectionGroup>.IndexKeys.Ascending(g => g.CampaignId).Ascending(g => g.OfficerIds), new CreateIndexOptions { Name = "officers" }));
        _summaries = new MongoAggregateCollection<DailySummaryRecord>(database, SummariesCollection);
        _visits = new MongoAggregateCollection<InspectionVisit>(database, VisitsCollection);
        var keys = Builders<InspectionVisit>.IndexKeys;
        _visits.DefineIndexes(
            new CreateIndexModel<InspectionVisit>(keys.Ascending(v => v.IdempotencyKey), new CreateIndexOptions<InspectionVisit>
            {
                Unique = true,
                Name = "idempotency",
                PartialFilterExpression = Builders<InspectionVisit>.Filter.Type(v => v.IdempotencyKey, BsonType.String),
            }),
            new CreateIndexModel<InspectionVisit>(keys.Ascending(v => v.CampaignId).Descending(v => v.VisitedAt), new CreateIndexOptions { Name = "campaign" }),
            new CreateIndexModel<InspectionVisit>(keys.Ascending(v => v.NextDueAt), new CreateIndexOptions<InspectionVisit>
            {
                Name = "due",
                PartialFilterExpression = Builders<InspectionVisit>.Filter.Type(v => v.NextDueAt, BsonType.DateTime),
            }));
    }

    public Task<Campaign?> FindCampaignAsync(Guid id, CancellationToken cancellationToken) => _campaigns.FindAsync(id, cancellationToken);

    public async Task<Page<Campaign>> ListCampaignsAsync(DateOnly? activeOn, PageRequest page, CancellationToken cancellationToken)
    {
        var f = Builders<Campaign>.Filter;
        var filter = activeOn is { } day ? f.Lte(c => c.StartDate, day) & f.Gte(c => c.EndDate, day) : f.Empty;
        var items = await _campaigns.FindManyAsync(filter, Builders<Campaign>.Sort.Descending(c => c.PlannedAt).Descending(c => c.Id), page.Skip, page.Size, cancellationToken);
        return new Page<Campaign>(items, page.Number, page.Size, await _campaigns.CountAsync(filter, cancellationToken));
    }

    public Task SaveCampaignAsync(Campaign campaign, CancellationToken cancellationToken) => _campaigns.SaveAsync(campaign, cancellationToken);

    public Task<InspectionGroup?> FindGroupAsync(Guid id, CancellationToken cancellationToken) => _groups.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<InspectionGroup>> ListGroupsAsync(Guid campaignId, DateOnly? day, string? districtCode, CancellationToken cancellationToken)
    {
        var f = Builders<InspectionGroup>.Filter;
        var filter = f.Eq(g => g.CampaignId, campaignId);
        if (day is { } d)
        {
            filter &= f.Eq(g => g.Day, d);
        }

        if (districtCode is not null)
        {
            filter &= f.Eq(g => g.DistrictCode, districtCode);
        }

        return _groups.FindManyAsync(filter, Builders<InspectionGroup>.Sort.Ascending(g => g.Day).Ascending(g => g.Name).Ascending(g => g.Id), 0, 10_000, cancellationToken);
    }

    public async Task<bool> IsCampaignOfficerAsync(Guid campaignId, string userId, CancellationToken cancellationToken) =>
        await _groups.CountAsync(Builders<InspectionGroup>.Filter.Eq(g => g.CampaignId, campaignId)
            & Builders<InspectionGroup>.Filter.AnyEq(g => g.OfficerIds, userId), cancellationToken) > 0;

    public Task SaveGroupAsync(InspectionGroup group, CancellationToken cancellationToken) => _groups.SaveAsync(group, cancellationToken);

    public Task<InspectionVisit?> FindVisitAsync(Guid id, CancellationToken cancellationToken) => _visits.FindAsync(id, cancellationToken);

    public async Task<InspectionVisit?> FindVisitByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _visits.FindManyAsync(Builders<InspectionVisit>.Filter.Eq(v => v.IdempotencyKey, scopedKey), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveVisitAsync(InspectionVisit visit, CancellationToken cancellationToken) => _visits.SaveAsync(visit, cancellationToken);

    public async Task<Page<InspectionVisit>> ListVisitsAsync(VisitFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var f = Builders<InspectionVisit>.Filter;
        var query = f.Eq(v => v.CampaignId, filter.CampaignId);
        if (filter.Day is { } day)
        {
            query &= f.Eq(v => v.Day, day);
        }

        if (filter.DistrictCode is not null)
        {
            query &= f.Eq(v => v.DistrictCode, filter.DistrictCode);
        }

        if (filter.PremisesId is { } premises)
        {
            query &= f.Eq(v => v.Premises.Id, premises);
        }

        if (filter.GroupIds is not null)
        {
            query &= f.In(v => v.GroupId, filter.GroupIds);
        }

        if (filter.OpenHazards is { } open)
        {
            query &= open ? f.Gt(v => v.OpenHazardCount, 0) : f.Eq(v => v.OpenHazardCount, 0);
        }

        var items = await _visits.FindManyAsync(query, Builders<InspectionVisit>.Sort.Descending(v => v.VisitedAt).Descending(v => v.Id), page.Skip, page.Size, cancellationToken);
        return new Page<InspectionVisit>(items, page.Number, page.Size, await _visits.CountAsync(query, cancellationToken));
    }

    public Task<IReadOnlyList<InspectionVisit>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        _visits.FindManyAsync(Builders<InspectionVisit>.Filter.Lte(v => v.NextDueAt, now), Builders<InspectionVisit>.Sort.Ascending(v => v.NextDueAt), 0, limit, cancellationToken);

    public Task<DailySummaryRecord?> FindSummaryAsync(Guid id, CancellationToken cancellationToken) => _summaries.FindAsync(id, cancellationToken);

    public Task SaveSummaryAsync(DailySummaryRecord summary, CancellationToken cancellationToken) => _summaries.SaveAsync(summary, cancellationToken);
}
