using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Sanitation.Overflow.Storage;

/// <summary>Bin levels in the service's SQLite file: table <c>bin_levels</c>, unique by bin code.</summary>
public sealed class SqliteBinLevelStore : IBinLevelStore
{
    readonly SqliteAggregateTable<BinLevel> _table;

    public SqliteBinLevelStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<BinLevel>(database, "bin_levels", new SqliteColumn<BinLevel>("code", "TEXT", "$.binCode", l => l.BinCode));
        _table.EnsureCreated("CREATE UNIQUE INDEX IF NOT EXISTS ux_bin_levels_code ON bin_levels(code);");
    }

    public async Task<BinLevel?> FindAsync(string binCode, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync("code = $code", "code", 1, 0, cancellationToken, ("$code", binCode));
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(BinLevel level, CancellationToken cancellationToken) => _table.SaveAsync(level, cancellationToken);

    public async Task<Page<BinLevel>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var items = await _table.QueryAsync("1 = 1", "code", page.Size, page.Skip, cancellationToken);
        return new Page<BinLevel>(items, page.Number, page.Size, await _table.CountAsync("1 = 1", cancellationToken));
    }
}
