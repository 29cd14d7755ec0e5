using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>
/// 派遣规则表 — the city's ordered dispatch rules, kept as one document so a change replaces the whole
/// list at once and two concurrent edits conflict on the stored version. Never saved, it is the seed
/// (<see cref="AggregateRoot.Version"/> 0).
/// </summary>
public sealed class DispatchRuleSet : AggregateRoot
{
    /// <summary>The one rule set of the service; a fixed id makes a second first save a conflict, not a second document.</summary>
    public static readonly Guid RuleSetId = new("0e6c4a8e-2f1b-4d5a-9c3e-7a1d5b9f0c21");

    DispatchRuleSet()
    {
    }

    /// <summary>The rules in ascending <see cref="DispatchRule.Order"/>.</summary>
    public IReadOnlyList<DispatchRule> Rules { get; private set; } = [];

    public string? ChangedBy { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    /// <summary>An unsaved rule set, such as the seed; raises no event.</summary>
    public static DispatchRuleSet Create(IReadOnlyList<DispatchRule> rules)
    {
        var set = new DispatchRuleSet { Id = RuleSetId };
        set.Rules = Checked(rules);
        return set;
    }

    /// <summary>
    /// Replaces the whole list. The API validates categories against the catalog first; here the list
    /// is checked again for what the set itself relies on (unique orders and ids, valid limits).
    /// </summary>
    public void Replace(IReadOnlyList<DispatchRule> rules, string changedBy, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        ArgumentNullException.ThrowIfNull(time);
        Rules = Checked(rules);
        ChangedBy = changedBy;
        ChangedAt = time.GetUtcNow();
        Raise(new DispatchRulesChanged(Guid.NewGuid(), ChangedAt.Value, Rules.Count, changedBy));
    }

    /// <summary>The department and limit the first enabled matching rule suggests, or null.</summary>
    public DispatchSuggestion? Suggest(string categoryCode, string? districtCode, string? gridCode, string? description, bool urgent = false) =>
        Decide(new DispatchQuery(categoryCode, districtCode, gridCode, description ?? "", urgent)).Suggestion;

    /// <summary>Runs the rules in order up to the first match, recording why each rule did or did not apply.</summary>
    public DispatchDecision Decide(DispatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var considered = new List<RuleVerdict>();
        foreach (var rule in Rules)
        {
            var verdict = rule.Evaluate(query);
            considered.Add(verdict);
            if (verdict.Outcome == RuleOutcome.Matched)
            {
                return new DispatchDecision(Suggestion(rule, verdict, query, considered.Count - 1), considered);
            }
        }

        return new DispatchDecision(null, considered);
    }

    static DispatchSuggestion Suggestion(DispatchRule rule, RuleVerdict verdict, DispatchQuery query, int skipped)
    {
        var limit = rule.LimitFor(query.Urgent);
        var limitNote = query.Urgent && rule.UrgentLimit is not null ? $"urgent limit {limit}" : $"limit {limit}";
        var earlier = skipped == 0 ? "" : $" after {skipped} earlier rule{(skipped == 1 ? "" : "s")} did not apply";
        return new DispatchSuggestion(rule.Department, limit, rule.Id, rule.Name,
            $"Rule '{rule.Name}' (order {rule.Order}) matched{earlier}: {verdict.Reason}. Suggests {rule.Department}, {limitNote}.");
    }

    static DispatchRule[] Checked(IReadOnlyList<DispatchRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = DispatchRuleValidation.Validate(rules, _ => true);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"{problems[0].Field}: {problems[0].Message}", nameof(rules));
        }

        return [.. rules.Select(DispatchRuleValidation.Normalize).OrderBy(r => r.Order)];
    }
}
