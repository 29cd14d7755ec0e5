namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// 等级 — the lowest score of grades A to D (domain §5: A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40); anything
/// lower is E. Configuration <c>Inspection:Evaluation:Grades</c>.
/// </summary>
public sealed class GradeScale
{
    public double A { get; set; } = 90;

    public double B { get; set; } = 75;

    public double C { get; set; } = 60;

    public double D { get; set; } = 40;

    /// <summary>The grade of a score; null for no score.</summary>
    public string? GradeOf(double? score) => score switch
    {
        null => null,
        var s when s >= A => "A",
        var s when s >= B => "B",
        var s when s >= C => "C",
        var s when s >= D => "D",
        _ => "E",
    };
}
