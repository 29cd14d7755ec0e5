using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>Entrants in the service's SQLite file: table <c>contest_entrants</c>, unique by contest and phone hash, and by token hash.</summary>
public sealed class SqliteEntrantStore : IEntrantStore
{
    public const string TableName = "contest_entrants";

    readonly SqliteAggregateTable<Entrant> _table;

    public SqliteEntrantStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<Entrant>(database, TableName,
            new SqliteColumn<Entrant>("contest", "TEXT", "$.contestCode", e => e.ContestCode),
            new SqliteColumn<Entrant>("phone_hash", "TEXT", "$.phone.lookupHash", e => e.Phone.LookupHash),
            new SqliteColumn<Entrant>("token_hash", "TEXT", "$.tokenHash", e => e.TokenHash));
        _table.EnsureCreated($"""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_phone ON {TableName}(contest, phone_hash);
            CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_token ON {TableName}(token_hash);
            """);
    }

    public Task<Entrant?> FindAsync(Guid id, CancellationToken cancellationToken) => _table.FindAsync(id, cancellationToken);

    public Task<Entrant?> FindByPhoneAsync(string contestCode, string phoneLookupHash, CancellationToken cancellationToken) =>
        FirstAsync("contest = $contest AND phone_hash = $value", contestCode, phoneLookupHash, cancellationToken);

    public Task<Entrant?> FindByTokenAsync(string contestCode, string tokenHash, CancellationToken cancellationToken) =>
        FirstAsync("contest = $contest AND token_hash = $value", contestCode, tokenHash, cancellationToken);

    public Task SaveAsync(Entrant entrant, CancellationToken cancellationToken) => _table.SaveAsync(entrant, cancellationToken);

    async Task<Entrant?> FirstAsync(string where, string contestCode, string value, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync(where, "id", 1, 0, cancellationToken, ("$contest", contestCode), ("$value", value));
        return found.Count == 0 ? null : found[0];
    }
}
