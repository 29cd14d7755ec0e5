namespace DigitalCity.Inspection.Evaluation;

/// <summary>考核周期 — the length of an evaluation period.</summary>
public enum PeriodKind
{
    Day,

    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>Any range of whole days, both ends included.</summary>
    Custom,
}
