using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.Categories;

/// <summary>What a category version must be: a well-formed code, names, a department, valid limits.</summary>
public static class CategoryValidation
{
    public const int MaxName = 50;
    public const int MaxCondition = 500;

    /// <summary>C (部件) or E (事件), then two digits of 大类 and two of 小类: <c>E0102</c>.</summary>
    public static bool IsCode(string? code) =>
        code is { Length: 5 } && (code[0] is 'C' or 'c' or 'E' or 'e') && code[1..].All(char.IsAsciiDigit);

    public static CategoryKind KindOf(string code) => char.ToUpperInvariant(code[0]) == 'C' ? CategoryKind.Component : CategoryKind.Event;

    public static ValidationErrors Validate(string code, PutCategory.Request request, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors()
            .Check(IsCode(code), "code", $"'{code}' is not a category code: C (部件) or E (事件), 2 digits of 大类 and 2 of 小类, e.g. E0102.")
            .Required("version", request.Version)
            .Check(request.Version is null or >= 0, "version", "'version' is the version you read, 0 for a new category.")
            .Required("majorName", request.MajorName, MaxName)
            .Required("name", request.Name, MaxName)
            .Required("department", request.Department, 64)
            .Check((request.FilingCondition?.Length ?? 0) <= MaxCondition, "filingCondition", $"'filingCondition' must be at most {MaxCondition} characters.")
            .Check((request.ClosingCondition?.Length ?? 0) <= MaxCondition, "closingCondition", $"'closingCondition' must be at most {MaxCondition} characters.");
        var handling = Limit(errors, "handlingLimit", request.HandlingLimit);
        var urgent = Limit(errors, "urgentLimit", request.UrgentLimit);
        if (urgent is not null && handling is null && !errors.Any)
        {
            errors.Add("urgentLimit", "An urgent limit needs a handlingLimit for normal cases too.");
        }

        return errors.Check(urgent is null || handling is null || urgent.Kind != handling.Kind || urgent.Measure(calendar) <= handling.Measure(calendar),
            "urgentLimit", "An urgent case cannot be given longer than a normal one.");
    }

    static TimeLimit? Limit(ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TimeLimit.TryParse(value, out var limit))
        {
            return limit;
        }

        errors.Add(field, $"'{value}' is not a time limit, e.g. \"4 WorkingHours\" (units: {string.Join(", ", Enum.GetNames<TimeLimitUnit>())}).");
        return null;
    }
}
