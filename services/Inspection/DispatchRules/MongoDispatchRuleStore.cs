using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>The dispatch rules in MongoDB: one document of collection <c>dispatchRules</c>, its events in its outbox array.</summary>
public sealed class MongoDispatchRuleStore(MongoServiceDatabase database, CategoryCatalog catalog) : IDispatchRuleStore
{
    /// <summary>Also one of the collections the inspection outbox dispatcher reads.</summary>
    public const string CollectionName = "dispatchRules";

    readonly SingletonAggregateStore<DispatchRuleSet> _store =
        SingletonAggregateStore.Mongo<DispatchRuleSet>(database, CollectionName, DispatchRuleSet.RuleSetId, () => DispatchRuleSeed.CreateSet(catalog));

    public Task<DispatchRuleSet> LoadAsync(CancellationToken cancellationToken) => _store.LoadAsync(cancellationToken);

    public Task SaveAsync(DispatchRuleSet ruleSet, CancellationToken cancellationToken) => _store.SaveAsync(ruleSet, cancellationToken);
}
