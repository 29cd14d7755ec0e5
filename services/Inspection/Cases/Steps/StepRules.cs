using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>Field rules the steps share.</summary>
internal static class StepRules
{
    public const int MaxReason = 500;

    public static ValidationErrors Reason(string? reason) => new ValidationErrors().Required("reason", reason, MaxReason);

    public static ValidationErrors TimeLimitField(this ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return errors.Add(field, $"'{field}' is required, e.g. \"4 WorkingHours\" (units: {string.Join(", ", Enum.GetNames<TimeLimitUnit>())}).");
        }

        return errors.Check(TimeLimit.TryParse(value, out _), field,
            $"'{value}' is not a time limit, e.g. \"4 WorkingHours\" (units: {string.Join(", ", Enum.GetNames<TimeLimitUnit>())}).");
    }

    /// <summary>The instant a limit counted from <paramref name="start"/> runs out, on the city's working calendar.</summary>
    public static DateTimeOffset DueAfter(this StepContext step, DateTimeOffset start, string limit) =>
        step.Limits.DueAt(TimeLimit.Parse(limit), start);
}
