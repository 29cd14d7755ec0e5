namespace DigitalCity.Benchmarks;

/// <summary>The median of a run's figures: the middle one, or the mean of the two middle ones.</summary>
static class Median
{
    /// <exception cref="ArgumentException">No figures.</exception>
    public static double Of(IEnumerable<double> figures)
    {
        var sorted = figures.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("The median of no figures is undefined.", nameof(figures));
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
