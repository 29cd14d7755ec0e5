using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Sanitation.Facilities.Storage;

/// <summary>The facility registry in the service's SQLite file: table <c>facilities</c>, its code unique.</summary>
public sealed class SqliteFacilityStore : IFacilityStore
{
    public const string TableName = "facilities";

    readonly SqliteAggregateTable<Facility> _table;

    public SqliteFacilityStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<Facility>(database, TableName,
            new SqliteColumn<Facility>("code", "TEXT", "$.code", f => f.Code),
            new SqliteColumn<Facility>("kind", "TEXT", "$.kind", f => f.Kind.ToString()),
            new SqliteColumn<Facility>("district", "TEXT", "$.districtCode", f => f.DistrictCode));
        _table.EnsureCreated($"""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_code ON {TableName}(code);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_kind ON {TableName}(kind, district, code);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_district ON {TableName}(district, code);
            """);
    }

    public async Task<Facility?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync("code = $code", "code", 1, 0, cancellationToken, ("$code", code));
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<Facility>> FindManyAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        return await _table.QueryAsync("code IN (SELECT value FROM json_each($codes))", "code", codes.Count, 0, cancellationToken,
            ("$codes", System.Text.Json.JsonSerializer.Serialize(codes)));
    }

    public Task SaveAsync(Facility facility, CancellationToken cancellationToken) => _table.SaveAsync(facility, cancellationToken);

    public async Task<Page<Facility>> ListAsync(FacilityKind? kind, string? districtCode, PageRequest page, CancellationToken cancellationToken)
    {
        const string where = "($kind IS NULL OR kind = $kind) AND ($district IS NULL OR district = $district)";
        (string, object?)[] parameters = [("$kind", kind?.ToString()), ("$district", districtCode)];
        var items = await _table.QueryAsync(where, "code", page.Size, page.Skip, cancellationToken, parameters);
        return new Page<Facility>(items, page.Number, page.Size, await _table.CountAsync(where, cancellationToken, parameters));
    }
}
