using DigitalCity.Inspection.Deadlines;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>延期 — what an extension request must respect besides being well-formed.</summary>
public static class ExtensionRules
{
    /// <summary>
    /// The extra time asked for, refused (as a 400 on <c>extraTime</c>) when it is longer than the configured
    /// maximum or runs on another kind of time than the handling limit it extends (working vs natural).
    /// </summary>
    public static TimeLimit Check(StepLimits limits, CaseAssignment assignment, string extraTime)
    {
        var extra = TimeLimit.Parse(extraTime);
        if (!limits.AllowsExtension(extra))
        {
            throw new ArgumentException($"An extension may add at most {limits.MaxExtension}; {extra} was asked for.", nameof(extraTime));
        }

        if (assignment.HandlingLimit is { } text && TimeLimit.TryParse(text, out var handling) && handling.Kind != extra.Kind)
        {
            throw new ArgumentException(
                $"The handling limit {handling} runs on {handling.Kind} time; ask for {handling.Kind} time (e.g. \"2 {(handling.Kind == TimeKind.Working ? "WorkingHours" : "Hours")}\").",
                nameof(extraTime));
        }

        return extra;
    }
}
