using DigitalCity.Publicity.Figures;

namespace DigitalCity.Publicity.Storage;

/// <summary>The publicity service's persistence port for the facts its bulletins count.</summary>
public interface IFigureStore
{
    /// <summary>Records a fact once; returns false when its event was already counted.</summary>
    Task<bool> RecordAsync(FigureFact fact, CancellationToken cancellationToken);

    /// <summary>How many facts of each metric fell on <paramref name="day"/> (city time).</summary>
    Task<IReadOnlyDictionary<string, long>> CountByMetricAsync(DateOnly day, CancellationToken cancellationToken);
}
