using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>The dispatch rules in MongoDB: one document of collection <c>dispatchRules</c>, its events in its outbox array.</summary>
public sealed class MongoDispatchRuleStore : IDispatchRuleStore
{
    /// <summary>Also one of the collections the inspection outbox dispatcher reads.</summary>
    public const string CollectionName = "dispatchRules";

    readonly MongoAggregateCollection<DispatchRuleSet> _collection;
    readonly CategoryCatalog _catalog;

    public MongoDispatchRuleStore(MongoServiceDatabase database, CategoryCatalog catalog)
    {
        _collection = new MongoAggregateCollection<DispatchRuleSet>(database, CollectionName);
        _catalog = catalog;
    }

    public async Task<DispatchRuleSet> LoadAsync(CancellationToken cancellationToken) =>
        await _collection.FindAsync(DispatchRuleSet.RuleSetId, cancellationToken) ?? DispatchRuleSeed.CreateSet(_catalog);

    public async Task SaveAsync(DispatchRuleSet ruleSet, CancellationToken cancellationToken)
    {
        try
        {
            await _collection.SaveAsync(ruleSet, cancellationToken);
        }
        catch (DuplicateKeyException) when (ruleSet.Version == 0)
        {
            // Another first save of the seed won the fixed id: the same conflict as a stale version.
            throw new ConcurrencyConflictException(nameof(DispatchRuleSet), ruleSet.Id, 0);
        }
    }
}
