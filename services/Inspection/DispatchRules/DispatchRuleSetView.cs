namespace DigitalCity.Inspection.DispatchRules;

/// <summary>The rule set as the API shows it; send <see cref="Version"/> back with a replacement.</summary>
/// <param name="IsSeed">True while the rules are the seed and no one has saved a list yet (version 0).</param>
public sealed record DispatchRuleSetView(long Version, bool IsSeed, string? ChangedBy, DateTimeOffset? ChangedAt, IReadOnlyList<DispatchRule> Rules)
{
    public static DispatchRuleSetView From(DispatchRuleSet set) =>
        new(set.Version, set.Version == 0, set.ChangedBy, set.ChangedAt, set.Rules);
}
