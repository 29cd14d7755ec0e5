using System.Globalization;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// Reads the query of the evaluation endpoints: <c>scope</c> (+ <c>code</c>), and the period as
/// <c>period=day|week|month</c> with <c>date</c> (any day in it; today by default) or
/// <c>period=custom</c> (or no period) with <c>from</c> and <c>to</c> (both included). Dates are
/// <c>yyyy-MM-dd</c> in the city's calendar. Each problem is reported on the field it concerns.
/// </summary>
public static class EvaluationQuery
{
    public const int MaxCodeLength = 100;

    static readonly string ScopeNames = string.Join(", ", Enum.GetValues<ScopeKind>().Select(EvaluationScope.NameOf));

    /// <summary>The kind named by <paramref name="scope"/>, or null with an error.</summary>
    public static ScopeKind? Kind(string? scope, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(scope))
        {
            errors.Add("scope", $"'scope' is required: one of {ScopeNames}.");
            return null;
        }

        if (!scope.All(char.IsLetter) || !Enum.TryParse<ScopeKind>(scope, ignoreCase: true, out var kind))
        {
            errors.Add("scope", $"'{scope}' is not a scope: use one of {ScopeNames}.");
            return null;
        }

        return kind;
    }

    /// <summary>The object named by <paramref name="scope"/> and <paramref name="code"/> (no code for the city).</summary>
    public static EvaluationScope? Scope(string? scope, string? code, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Kind(scope, errors) is not { } kind)
        {
            return null;
        }

        if (kind == ScopeKind.City)
        {
            errors.Check(string.IsNullOrEmpty(code), "code", "The city scope takes no 'code'.");
            return EvaluationScope.City;
        }

        errors.Required("code", code, MaxCodeLength);
        return string.IsNullOrWhiteSpace(code) ? null : new EvaluationScope(kind, code.Trim());
    }

    /// <summary>Today in the city's time zone (the working calendar's), the default day of a period.</summary>
    public static DateOnly Today(TimeProvider time, Deadlines.DeadlineCalculator deadlines)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(deadlines);
        return deadlines.Calendar.LocalDateOf(time.GetUtcNow());
    }

    public static EvaluationPeriod? Period(string? period, string? date, string? from, string? to, DateOnly today, int maxRangeDays, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        PeriodKind kind;
        if (string.IsNullOrWhiteSpace(period))
        {
            kind = from is null && to is null ? PeriodKind.Month : PeriodKind.Custom;
        }
        else if (!period.All(char.IsLetter) || !Enum.TryParse(period, ignoreCase: true, out kind))
        {
            errors.Add("period", $"'{period}' is not a period: use day, week, month or custom.");
            return null;
        }

        if (kind != PeriodKind.Custom)
        {
            errors.Check(from is null && to is null, "from", $"'from' and 'to' belong to a custom period; a {kind.ToString().ToLowerInvariant()} is chosen by 'date'.");
            var day = date is null ? today : Date("date", date, errors);
            return errors.Any || day is null ? null : EvaluationPeriod.Containing(kind, day.Value);
        }

        errors.Check(date is null, "date", "A custom period is chosen by 'from' and 'to', not 'date'.");
        var first = from is null ? Missing("from", errors) : Date("from", from, errors);
        var last = to is null ? Missing("to", errors) : Date("to", to, errors);
        if (first is null || last is null)
        {
            return null;
        }

        errors.Check(first <= last, "from", "'from' must not be after 'to'.");
        errors.Check(last.Value.DayNumber - first.Value.DayNumber < maxRangeDays, "to", $"A custom period is at most {maxRangeDays} days.");
        return errors.Any ? null : EvaluationPeriod.Custom(first.Value, last.Value);
    }

    static DateOnly? Missing(string field, ValidationErrors errors)
    {
        errors.Add(field, $"'{field}' is required for a custom period (yyyy-MM-dd).");
        return null;
    }

    static DateOnly? Date(string field, string text, ValidationErrors errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{text}' is not a date like 2023-01-23.");
        return null;
    }
}
