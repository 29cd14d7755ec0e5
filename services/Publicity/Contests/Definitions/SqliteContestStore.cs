using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>Contests in the service's SQLite file: table <c>contests</c>, unique by code.</summary>
public sealed class SqliteContestStore : IContestStore
{
    public const string TableName = "contests";

    readonly SqliteAggregateTable<Contest> _table;

    public SqliteContestStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<Contest>(database, TableName, new SqliteColumn<Contest>("code", "TEXT", "$.code", c => c.Code));
        _table.EnsureCreated($"CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_code ON {TableName}(code);");
    }

    public async Task<Contest?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync("code = $code", "code", 1, 0, cancellationToken, ("$code", code));
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(Contest contest, CancellationToken cancellationToken) => _table.SaveAsync(contest, cancellationToken);

    public async Task<Page<Contest>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var items = await _table.QueryAsync("1 = 1", "code", page.Size, page.Skip, cancellationToken);
        return new Page<Contest>(items, page.Number, page.Size, await _table.CountAsync("1 = 1", cancellationToken));
    }
}
