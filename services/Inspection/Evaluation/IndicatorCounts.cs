namespace DigitalCity.Inspection.Evaluation;

/// <summary>How many facts of each indicator an object has in a period; an indicator without facts counts 0.</summary>
public sealed class IndicatorCounts
{
    readonly Dictionary<string, long> _counts;

    public IndicatorCounts(IReadOnlyDictionary<string, long>? counts = null) =>
        _counts = new Dictionary<string, long>(counts ?? new Dictionary<string, long>(), StringComparer.Ordinal);

    public static IndicatorCounts None { get; } = new();

    public long this[string indicator] => _counts.GetValueOrDefault(indicator);

    /// <summary>Every known indicator with its count, zeros included, in the order of <see cref="Indicators.All"/>.</summary>
    public IReadOnlyDictionary<string, long> ToDictionary()
    {
        var all = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var indicator in Indicators.All)
        {
            all[indicator] = this[indicator];
        }

        return all;
    }
}
