using System.Globalization;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>A figure against its baseline measured in the same run, written the same way everywhere in the suite.</summary>
static class Ratio
{
    /// <summary>"gateway ÷ nginx 0.52".</summary>
    public static string Of(string measured, double measuredFigure, string baseline, double baselineFigure) =>
        string.Create(CultureInfo.InvariantCulture, $"{measured} ÷ {baseline} {measuredFigure / baselineFigure:0.00}");
}
