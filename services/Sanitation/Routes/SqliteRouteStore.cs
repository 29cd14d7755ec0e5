using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Sanitation.Routes;

/// <summary>Collection routes in the service's SQLite file: table <c>collection_routes</c>, unique by code.</summary>
public sealed class SqliteRouteStore : IRouteStore
{
    public const string TableName = "collection_routes";

    /// <summary>More routes than one person crews.</summary>
    const int MaxCrewed = 100;

    readonly SqliteAggregateTable<CollectionRoute> _table;

    public SqliteRouteStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<CollectionRoute>(database, TableName,
            new SqliteColumn<CollectionRoute>("code", "TEXT", "$.code", r => r.Code),
            new SqliteColumn<CollectionRoute>("district", "TEXT", "$.districtCode", r => r.DistrictCode));
        _table.EnsureCreated($"""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_code ON {TableName}(code);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_district ON {TableName}(district, code);
            """);
    }

    public async Task<CollectionRoute?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync("code = $code", "code", 1, 0, cancellationToken, ("$code", code));
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<CollectionRoute>> CrewedByAsync(string userId, CancellationToken cancellationToken) =>
        _table.QueryAsync("EXISTS (SELECT 1 FROM json_each(doc, '$.crew') WHERE value = $user)", "code", MaxCrewed, 0, cancellationToken, ("$user", userId));

    public Task SaveAsync(CollectionRoute route, CancellationToken cancellationToken) => _table.SaveAsync(route, cancellationToken);

    public async Task<Page<CollectionRoute>> ListAsync(string? districtCode, PageRequest page, CancellationToken cancellationToken)
    {
        const string where = "$district IS NULL OR district = $district";
        var items = await _table.QueryAsync(where, "code", page.Size, page.Skip, cancellationToken, ("$district", districtCode));
        return new Page<CollectionRoute>(items, page.Number, page.Size, await _table.CountAsync(where, cancellationToken, ("$district", districtCode)));
    }
}
