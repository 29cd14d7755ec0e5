using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>Bulletins in the service's SQLite file: table <c>bulletins</c>, with status, instants and idempotency key in columns.</summary>
public sealed class SqliteBulletinStore : IBulletinStore
{
    public const string TableName = "bulletins";

    const string Newest = "published_at DESC, drafted_at DESC, id DESC";

    readonly SqliteAggregateTable<Bulletin> _table;

    public SqliteBulletinStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<Bulletin>(database, TableName,
            new SqliteColumn<Bulletin>("status", "TEXT", "$.status", b => b.Status.ToString()),
            new SqliteColumn<Bulletin>("drafted_at", "TEXT", "$.draftedAt", b => DocumentJson.Instant(b.DraftedAt)),
            new SqliteColumn<Bulletin>("published_at", "TEXT", "$.publishedAt", b => b.PublishedAt is { } at ? DocumentJson.Instant(at) : null),
            new SqliteColumn<Bulletin>("idempotency_key", "TEXT", "$.idempotencyKey", b => b.IdempotencyKey));
        _table.EnsureCreated($"""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_idempotency ON {TableName}(idempotency_key) WHERE idempotency_key IS NOT NULL;
            CREATE INDEX IF NOT EXISTS ix_{TableName}_status ON {TableName}(status, published_at, drafted_at);
            """);
    }

    public Task<Bulletin?> FindAsync(Guid id, CancellationToken cancellationToken) => _table.FindAsync(id, cancellationToken);

    public async Task<Bulletin?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync("idempotency_key = $key", "id", 1, 0, cancellationToken, ("$key", scopedKey));
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveAsync(Bulletin bulletin, CancellationToken cancellationToken) => _table.SaveAsync(bulletin, cancellationToken);

    public async Task<Page<Bulletin>> ListAsync(BulletinStatus status, PageRequest page, CancellationToken cancellationToken)
    {
        var items = await _table.QueryAsync("status = $status", Newest, page.Size, page.Skip, cancellationToken, ("$status", status.ToString()));
        return new Page<Bulletin>(items, page.Number, page.Size, await _table.CountAsync("status = $status", cancellationToken, ("$status", status.ToString())));
    }
}
