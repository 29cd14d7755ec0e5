using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>The dispatch rules in the service's SQLite file: one row of table <c>dispatch_rules</c>.</summary>
public sealed class SqliteDispatchRuleStore : IDispatchRuleStore
{
    public const string TableName = "dispatch_rules";

    readonly SqliteAggregateTable<DispatchRuleSet> _table;
    readonly CategoryCatalog _catalog;

    public SqliteDispatchRuleStore(SqliteDatabase database, CategoryCatalog catalog)
    {
        _table = new SqliteAggregateTable<DispatchRuleSet>(database, TableName);
        _table.EnsureCreated();
        _catalog = catalog;
    }

    public async Task<DispatchRuleSet> LoadAsync(CancellationToken cancellationToken) =>
        await _table.FindAsync(DispatchRuleSet.RuleSetId, cancellationToken) ?? DispatchRuleSeed.CreateSet(_catalog);

    public async Task SaveAsync(DispatchRuleSet ruleSet, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SaveAsync(ruleSet, cancellationToken);
        }
        catch (DuplicateKeyException) when (ruleSet.Version == 0)
        {
            // Another first save of the seed won the fixed id: the same conflict as a stale version.
            throw new ConcurrencyConflictException(nameof(DispatchRuleSet), ruleSet.Id, 0);
        }
    }
}
