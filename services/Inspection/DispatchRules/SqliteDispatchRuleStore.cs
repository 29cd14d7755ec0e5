using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>The dispatch rules in the service's SQLite file: one row of table <c>dispatch_rules</c>.</summary>
public sealed class SqliteDispatchRuleStore(SqliteDatabase database, CategoryCatalog catalog) : IDispatchRuleStore
{
    public const string TableName = "dispatch_rules";

    readonly SingletonAggregateStore<DispatchRuleSet> _store =
        SingletonAggregateStore.Sqlite<DispatchRuleSet>(database, TableName, DispatchRuleSet.RuleSetId, () => DispatchRuleSeed.CreateSet(catalog));

    public Task<DispatchRuleSet> LoadAsync(CancellationToken cancellationToken) => _store.LoadAsync(cancellationToken);

    public Task SaveAsync(DispatchRuleSet ruleSet, CancellationToken cancellationToken) => _store.SaveAsync(ruleSet, cancellationToken);
}
