using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>The inspection service's persistence port for its one dispatch rule set.</summary>
public interface IDispatchRuleStore
{
    /// <summary>The stored rule set, or the seed (version 0) while none has been saved.</summary>
    Task<DispatchRuleSet> LoadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves the rule set with its pending events, atomically. Throws <see cref="ConcurrencyConflictException"/>
    /// when the stored version moved since it was loaded (including a first save racing another).
    /// </summary>
    Task SaveAsync(DispatchRuleSet ruleSet, CancellationToken cancellationToken);
}
