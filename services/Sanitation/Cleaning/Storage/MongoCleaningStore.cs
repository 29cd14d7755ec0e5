using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Sanitation.Cleaning.Storage;

/// <summary>Plans and runs in MongoDB, a collection each; a segment has one plan and a key one run (unique indexes).</summary>
public sealed class MongoCleaningStore : ICleaningStore
{
    public const string PlansCollection = "cleaningPlans";
    public const string RunsCollection = "cleaningRuns";

    /// <summary>The collections whose documents carry outbox entries.</summary>
    public static IReadOnlyList<string> Collections { get; } = [PlansCollection, RunsCollection];

    readonly MongoAggregateCollection<CleaningPlan> _plans;
    readonly MongoAggregateCollection<CleaningRun> _runs;

    public MongoCleaningStore(MongoServiceDatabase database)
    {
        _plans = new MongoAggregateCollection<CleaningPlan>(database, PlansCollection);
        var planKeys = Builders<CleaningPlan>.IndexKeys;
        _plans.DefineIndexes(
            new CreateIndexModel<CleaningPlan>(planKeys.Ascending(p => p.SegmentCode), new CreateIndexOptions { Unique = true, Name = "segment" }),
            new CreateIndexModel<CleaningPlan>(planKeys.Ascending(p => p.DistrictCode).Ascending(p => p.SegmentCode), new CreateIndexOptions { Name = "district" }),
            new CreateIndexModel<CleaningPlan>(planKeys.Ascending(p => p.CrewIds).Ascending(p => p.SegmentCode), new CreateIndexOptions { Name = "crew" }));
        _runs = new MongoAggregateCollection<CleaningRun>(database, RunsCollection);
        var runKeys = Builders<CleaningRun>.IndexKeys;
        _runs.DefineIndexes(
            new CreateIndexModel<CleaningRun>(runKeys.Ascending(r => r.IdempotencyKey), new CreateIndexOptions<CleaningRun>
            {
                Unique = true,
                Name = "idempotency",
                PartialFilterExpression = Builders<CleaningRun>.Filter.Type(r => r.IdempotencyKey, BsonType.String),
            }),
            new CreateIndexModel<CleaningRun>(runKeys.Ascending(r => r.SegmentCode).Ascending(r => r.Day), new CreateIndexOptions { Name = "segment_day" }));
    }

    public async Task<CleaningPlan?> FindPlanAsync(string segmentCode, CancellationToken cancellationToken)
    {
        var found = await _plans.FindManyAsync(Builders<CleaningPlan>.Filter.Eq(p => p.SegmentCode, segmentCode), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SavePlanAsync(CleaningPlan plan, CancellationToken cancellationToken) => _plans.SaveAsync(plan, cancellationToken);

    public Task<IReadOnlyList<CleaningPlan>> ListPlansAsync(PlanFilter filter, int skip, int limit, CancellationToken cancellationToken) =>
        _plans.FindManyAsync(Filter(filter), Builders<CleaningPlan>.Sort.Ascending(p => p.SegmentCode), skip, limit, cancellationToken);

    public Task<long> CountPlansAsync(PlanFilter filter, CancellationToken cancellationToken) => _plans.CountAsync(Filter(filter), cancellationToken);

    public async Task<CleaningRun?> FindRunByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _runs.FindManyAsync(Builders<CleaningRun>.Filter.Eq(r => r.IdempotencyKey, scopedKey), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveRunAsync(CleaningRun run, CancellationToken cancellationToken) => _runs.SaveAsync(run, cancellationToken);

    public Task<IReadOnlyList<CleaningRun>> ListRunsAsync(IReadOnlyCollection<string> segmentCodes, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var f = Builders<CleaningRun>.Filter;
        return _runs.FindManyAsync(f.In(r => r.SegmentCode, segmentCodes) & f.Gte(r => r.Day, from) & f.Lte(r => r.Day, to),
            Builders<CleaningRun>.Sort.Ascending(r => r.StartedAt).Ascending(r => r.Id), 0, ICleaningStore.MaxRunsPerQuery, cancellationToken);
    }

    static FilterDefinition<CleaningPlan> Filter(PlanFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var f = Builders<CleaningPlan>.Filter;
        var query = f.Empty;
        if (filter.DistrictCode is not null)
        {
            query &= f.Eq(p => p.DistrictCode, filter.DistrictCode);
        }

        if (filter.CrewMember is not null)
        {
            query &= f.AnyEq(p => p.CrewIds, filter.CrewMember);
        }

        return query;
    }
}
