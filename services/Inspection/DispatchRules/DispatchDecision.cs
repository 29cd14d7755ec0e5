namespace DigitalCity.Inspection.DispatchRules;

/// <summary>
/// The outcome of running the rules for one case: the suggestion (none when no enabled rule matched)
/// and every rule tried up to the match, each with the reason it did or did not apply.
/// </summary>
public sealed record DispatchDecision(DispatchSuggestion? Suggestion, IReadOnlyList<RuleVerdict> Considered)
{
    /// <summary>One sentence for the dispatcher.</summary>
    public string Explanation => Suggestion?.Explanation
        ?? (Considered.Count == 0
            ? "There are no dispatch rules; choose the department by hand."
            : $"No enabled rule matched ({Considered.Count} tried); choose the department by hand.");
}

/// <summary>派遣建议 — the department and handling limit the first matching rule suggests; the dispatcher may override it.</summary>
public sealed record DispatchSuggestion(string Department, string HandlingLimit, string RuleId, string RuleName, string Explanation);

/// <summary>Why one rule did or did not apply to a case.</summary>
public sealed record RuleVerdict(string RuleId, string RuleName, int Order, RuleOutcome Outcome, string Reason);

public enum RuleOutcome
{
    Matched,
    NotMatched,
    Disabled,
}
