using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using MongoDB.Bson;
using MongoDB.Driver;

namespace DigitalCity.Inspection.Storage;

/// <summary>
/// Cases in MongoDB. Each document also carries <c>geo</c>, a GeoJSON point (longitude, latitude)
/// under a 2dsphere index, for the spatial queries of grids and maps.
/// </summary>
public sealed class MongoCaseStore : ICaseStore
{
    public const string CollectionName = "cases";

    /// <summary>The states a case leaves the loop in (<see cref="Case.IsOpen"/> is false).</summary>
    static readonly CaseStatus[] OutOfTheLoop = [CaseStatus.Rejected, CaseStatus.Closed, CaseStatus.Voided];

    readonly MongoAggregateCollection<Case> _cases;

    public MongoCaseStore(MongoServiceDatabase database)
    {
        _cases = new MongoAggregateCollection<Case>(database, CollectionName, AddGeoJson);
        DefineIndexes();
    }

    public Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken) => _cases.FindAsync(id, cancellationToken);

    public async Task<Case?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _cases.FindManyAsync(Builders<Case>.Filter.Eq(c => c.IdempotencyKey, scopedKey), null, 0, 1, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(Case @case, CancellationToken cancellationToken) => _cases.SaveAsync(@case, cancellationToken);

    public async Task<IReadOnlyList<DuplicateCandidate>> FindNearbyOpenAsync(string categoryCode, DigitalCity.Contracts.GeoPoint point, double radiusMeters, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var f = Builders<Case>.Filter;
        var filter = f.Eq(c => c.CategoryCode, categoryCode)
            & f.Gte(c => c.ReportedAt, since)
            & f.Nin(c => c.Status, OutOfTheLoop)
            & f.GeoWithinCenterSphere("geo", point.Longitude, point.Latitude, radiusMeters / GeoDistance.EarthRadiusMeters);
        var nearby = await _cases.FindManyAsync(filter, null, 0, 200, cancellationToken);
        return DuplicateCandidates.Within(nearby, point, radiusMeters);
    }

    public async Task<Page<Case>> ListAsync(CaseFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var f = Filter(filter);
        var sort = Builders<Case>.Sort.Descending(c => c.ReportedAt).Descending(c => c.Id);
        var items = await _cases.FindManyAsync(f, sort, page.Skip, page.Size, cancellationToken);
        var total = await _cases.CountAsync(f, cancellationToken);
        return new Page<Case>(items, page.Number, page.Size, total);
    }

    static void AddGeoJson(Case @case, BsonDocument document) =>
        document["geo"] = new BsonDocument
        {
            { "type", "Point" },
            { "coordinates", new BsonArray { @case.Location.Longitude, @case.Location.Latitude } },
        };

    void DefineIndexes()
    {
        var keys = Builders<Case>.IndexKeys;
        _cases.DefineIndexes(
        [
            new CreateIndexModel<Case>(keys.Ascending(c => c.IdempotencyKey),
                new CreateIndexOptions<Case> { Unique = true, Name = "idempotency", PartialFilterExpression = Builders<Case>.Filter.Type(c => c.IdempotencyKey, BsonType.String) }),
            new CreateIndexModel<Case>(keys.Ascending(c => c.ReportedBy).Descending(c => c.ReportedAt), new CreateIndexOptions { Name = "reporter" }),
            new CreateIndexModel<Case>(keys.Ascending(c => c.Status).Descending(c => c.ReportedAt), new CreateIndexOptions { Name = "status" }),
            new CreateIndexModel<Case>(keys.Geo2DSphere("geo"), new CreateIndexOptions { Name = "geo" }),
            new CreateIndexModel<Case>(keys.Ascending("place.districtCode").Ascending("place.gridCode").Descending(c => c.ReportedAt), new CreateIndexOptions { Name = "place" }),
            new CreateIndexModel<Case>(keys.Ascending("assignments.departmentCode").Descending(c => c.ReportedAt), new CreateIndexOptions { Name = "department" }),
        ]);
    }

    public async Task<CaseCounts> CountAsync(CaseFilter filter, CancellationToken cancellationToken)
    {
        var f = Filter(filter);
        var groups = await _cases.Collection.Aggregate().Match(f)
            .Group(c => c.Status, g => new { Status = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var open = Builders<Case>.Filter.Nin(c => c.Status, OutOfTheLoop);
        return new CaseCounts(
            groups.ToDictionary(g => g.Status, g => g.Count),
            await _cases.CountAsync(f & AlertIs(DeadlineAlert.Warned, exactly: true), cancellationToken),
            await _cases.CountAsync(f & AlertIs(DeadlineAlert.Overdue, exactly: true), cancellationToken),
            await _cases.CountAsync(f & Builders<Case>.Filter.Eq(c => c.Place, null), cancellationToken),
            await _cases.CountAsync(f & open & Builders<Case>.Filter.Eq(c => c.Supervised, true), cancellationToken));
    }

    /// <summary>A department still working on the case has this deadline alert (or, unless exactly, a later one).</summary>
    static FilterDefinition<Case> AlertIs(DeadlineAlert alert, bool exactly)
    {
        // Enums are stored as strings, so "at least" is spelled out rather than compared.
        DeadlineAlert[] accepted = exactly || alert == DeadlineAlert.Overdue ? [alert] : [DeadlineAlert.Warned, DeadlineAlert.Overdue];
        return Builders<Case>.Filter.ElemMatch(c => c.Assignments, a => a.Status == AssignmentStatus.Processing && accepted.Contains(a.Alert));
    }

    static FilterDefinition<Case> Filter(CaseFilter filter)
    {
        var f = Builders<Case>.Filter.Empty;
        if (filter.ReportedBy is not null)
        {
            f &= Builders<Case>.Filter.Eq(c => c.ReportedBy, filter.ReportedBy);
        }

        if (filter.Status is not null)
        {
            f &= Builders<Case>.Filter.Eq(c => c.Status, filter.Status.Value);
        }

        if (filter.Department is not null)
        {
            f &= Builders<Case>.Filter.ElemMatch(c => c.Assignments, a => a.DepartmentCode == filter.Department);
        }

        if (filter.CategoryCode is not null)
        {
            f &= Builders<Case>.Filter.Eq(c => c.CategoryCode, filter.CategoryCode);
        }

        if (filter.DistrictCode is not null)
        {
            f &= Builders<Case>.Filter.Eq("place.districtCode", filter.DistrictCode);
        }

        if (filter.GridCode is not null)
        {
            f &= Builders<Case>.Filter.Eq("place.gridCode", filter.GridCode);
        }

        if (filter.Unassigned is { } unassigned)
        {
            f &= unassigned ? Builders<Case>.Filter.Eq(c => c.Place, null) : Builders<Case>.Filter.Ne(c => c.Place, null);
        }

        if (filter.ReportedFrom is { } from)
        {
            f &= Builders<Case>.Filter.Gte(c => c.ReportedAt, from);
        }

        if (filter.ReportedBefore is { } before)
        {
            f &= Builders<Case>.Filter.Lt(c => c.ReportedAt, before);
        }
        if (filter.Alert is { } alert)
        {
            f &= AlertIs(alert, exactly: false);
        }

        if (filter.Open is { } open)
        {
            f &= open ? Builders<Case>.Filter.Nin(c => c.Status, OutOfTheLoop) : Builders<Case>.Filter.In(c => c.Status, OutOfTheLoop);
        }

        return f;
    }
}
