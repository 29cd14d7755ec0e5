namespace DigitalCity.Inspection.Evaluation;

/// <summary>A period of whole local days, <see cref="From"/> and <see cref="To"/> both included.</summary>
public sealed record EvaluationPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public static EvaluationPeriod Day(DateOnly date) => new(PeriodKind.Day, date, date);

    /// <summary>The ISO week (Monday first) that contains <paramref name="date"/>.</summary>
    public static EvaluationPeriod Week(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return new(PeriodKind.Week, monday, monday.AddDays(6));
    }

    /// <summary>The calendar month that contains <paramref name="date"/>.</summary>
    public static EvaluationPeriod Month(DateOnly date)
    {
        var first = new DateOnly(date.Year, date.Month, 1);
        return new(PeriodKind.Month, first, first.AddMonths(1).AddDays(-1));
    }

    public static EvaluationPeriod Custom(DateOnly from, DateOnly to) =>
        from <= to ? new(PeriodKind.Custom, from, to) : throw new ArgumentException("A period cannot end before it starts.", nameof(to));

    /// <summary>The period of <paramref name="kind"/> containing <paramref name="date"/> (not for <see cref="PeriodKind.Custom"/>).</summary>
    public static EvaluationPeriod Containing(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Day => Day(date),
        PeriodKind.Week => Week(date),
        PeriodKind.Month => Month(date),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A custom period needs its own from and to."),
    };
}
