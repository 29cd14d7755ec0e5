using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Inspection.Places;

/// <summary>Grid imports in the service's SQLite file: table <c>grid_imports</c>, unique by import number.</summary>
public sealed class SqliteGridImportStore : IGridImportStore
{
    public const string TableName = "grid_imports";

    const string Number = "json_extract(doc, '$.number')";

    readonly SqliteAggregateTable<GridImport> _table;

    public SqliteGridImportStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<GridImport>(database, TableName);
        _table.EnsureCreated($"CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_number ON {TableName}({Number});");
    }

    public Task<IReadOnlyList<GridImport>> LoadAllAsync(CancellationToken cancellationToken) =>
        _table.QueryAsync("1 = 1", Number, -1, 0, cancellationToken);

    public async Task<long> LatestNumberAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _table.Database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, null, $"SELECT COALESCE(MAX({Number}), 0) FROM {TableName}");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task SaveAsync(GridImport import, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SaveAsync(import, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConcurrencyConflictException(nameof(GridImport), import.Id, import.Number - 1);
        }
    }
}
