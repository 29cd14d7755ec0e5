using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// The premises registry in the service's SQLite file: table <c>premises</c>, unique by credit code and by
/// idempotency key when present, with indexes for the searches campaign planners run (district, type, supplier).
/// </summary>
public sealed class SqlitePremisesStore : IPremisesStore
{
    public const string TableName = "premises";

    const string CreditCode = "json_extract(doc, '$.creditCode')";
    const string IdempotencyKey = "json_extract(doc, '$.idempotencyKey')";
    const string Name = "json_extract(doc, '$.name')";

    readonly SqliteAggregateTable<Premises> _table;

    public SqlitePremisesStore(SqliteDatabase database)
    {
        _table = new SqliteAggregateTable<Premises>(database, TableName);
        _table.EnsureCreated($"""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_credit_code ON {TableName}({CreditCode}) WHERE {CreditCode} IS NOT NULL;
            CREATE UNIQUE INDEX IF NOT EXISTS ux_{TableName}_idempotency ON {TableName}({IdempotencyKey}) WHERE {IdempotencyKey} IS NOT NULL;
            CREATE INDEX IF NOT EXISTS ix_{TableName}_name ON {TableName}({Name}, id);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_district ON {TableName}(json_extract(doc, '$.districtCode'), {Name}, id);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_type ON {TableName}(json_extract(doc, '$.type'), {Name}, id);
            CREATE INDEX IF NOT EXISTS ix_{TableName}_gas_supplier ON {TableName}(json_extract(doc, '$.gasSupplier'), {Name}, id);
            """);
    }

    public Task<Premises?> FindAsync(Guid id, CancellationToken cancellationToken) => _table.FindAsync(id, cancellationToken);

    public async Task<Premises?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _table.QueryAsync($"{IdempotencyKey} = $key", "id", 1, 0, cancellationToken, ("$key", scopedKey));
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Premises>> FindByCreditCodesAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken) =>
        creditCodes.Count == 0
            ? Task.FromResult<IReadOnlyList<Premises>>([])
            : _table.QueryAsync($"{CreditCode} IN (SELECT value FROM json_each($codes))", "id", -1, 0, cancellationToken,
                ("$codes", System.Text.Json.JsonSerializer.Serialize(creditCodes)));

    public Task SaveAsync(Premises premises, CancellationToken cancellationToken) => _table.SaveAsync(premises, cancellationToken);

    public Task SaveAllAsync(IReadOnlyList<Premises> premises, CancellationToken cancellationToken) => _table.SaveAllAsync(premises, cancellationToken);

    public async Task<Page<Premises>> SearchAsync(PremisesFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { "1 = 1" };
        void When(object? value, string condition)
        {
            if (value is not null)
            {
                conditions.Add(condition);
            }
        }

        // lower() folds ASCII only, which is what needs folding: Chinese names have no case.
        When(filter.Text, $"(instr(lower({Name}), lower($text)) > 0 OR instr(lower(json_extract(doc, '$.address')), lower($text)) > 0)");
        When(filter.Type, "json_extract(doc, '$.type') = $type");
        When(filter.DistrictCode, "json_extract(doc, '$.districtCode') = $district");
        When(filter.GridCode, "json_extract(doc, '$.gridCode') = $grid");
        When(filter.GasSupplier, "json_extract(doc, '$.gasSupplier') = $supplier");
        var where = string.Join(" AND ", conditions);
        (string, object?)[] parameters =
        [
            ("$text", filter.Text), ("$type", filter.Type?.ToString()), ("$district", filter.DistrictCode),
            ("$grid", filter.GridCode), ("$supplier", filter.GasSupplier),
        ];
        var items = await _table.QueryAsync(where, $"{Name}, id", page.Size, page.Skip, cancellationToken, parameters);
        var total = await _table.CountAsync(where, cancellationToken, parameters);
        return new Page<Premises>(items, page.Number, page.Size, total);
    }
}
