using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 时限 — how long a step may take, e.g. <c>4 WorkingHours</c> for 暴露垃圾. Always positive: a zero
/// limit would make every case overdue at once, which is a configuration error, not a rule.
/// </summary>
public sealed record TimeLimit
{
    public TimeLimit(int value, TimeLimitUnit unit)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A time limit must be positive, e.g. 4 WorkingHours.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time limit unit.");
        }

        Value = value;
        Unit = unit;
    }

    public int Value { get; }

    public TimeLimitUnit Unit { get; }

    public TimeKind Kind => Unit is TimeLimitUnit.WorkingHours or TimeLimitUnit.WorkingDays ? TimeKind.Working : TimeKind.Natural;

    public static TimeLimit Minutes(int value) => new(value, TimeLimitUnit.Minutes);

    public static TimeLimit Hours(int value) => new(value, TimeLimitUnit.Hours);

    public static TimeLimit WorkingHours(int value) => new(value, TimeLimitUnit.WorkingHours);

    public static TimeLimit WorkingDays(int value) => new(value, TimeLimitUnit.WorkingDays);

    public static TimeLimit NaturalDays(int value) => new(value, TimeLimitUnit.NaturalDays);

    /// <summary>
    /// The limit as a span of its own kind of time: natural time, or working time where a working day
    /// is the calendar's <see cref="WorkCalendar.WorkingTimePerDay"/>.
    /// </summary>
    public TimeSpan Measure(WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            TimeLimitUnit.Minutes => TimeSpan.FromMinutes(Value),
            TimeLimitUnit.Hours or TimeLimitUnit.WorkingHours => TimeSpan.FromHours(Value),
            TimeLimitUnit.WorkingDays => calendar.WorkingTimePerDay * Value,
            TimeLimitUnit.NaturalDays => TimeSpan.FromDays(Value),
            _ => throw new InvalidOperationException($"Unknown unit {Unit}."),
        };
    }

    /// <summary>Reads the <see cref="ToString"/> form, <c>4 WorkingHours</c>; the unit is case-insensitive.</summary>
    public static TimeLimit Parse(string text) =>
        TryParse(text, out var limit)
            ? limit
            : throw new FormatException($"'{text}' is not a time limit: expected a positive whole number and one of {string.Join(", ", Enum.GetNames<TimeLimitUnit>())}, e.g. '4 WorkingHours'.");

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TimeLimit? limit)
    {
        limit = null;
        var parts = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value <= 0)
        {
            return false;
        }

        // Matched by name only: Enum.TryParse would also accept "3" or "1, 2".
        foreach (var unit in Enum.GetValues<TimeLimitUnit>())
        {
            if (string.Equals(unit.ToString(), parts[1], StringComparison.OrdinalIgnoreCase))
            {
                limit = new TimeLimit(value, unit);
                return true;
            }
        }

        return false;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} {Unit}");
}
