using DigitalCity.Publicity.Figures;

namespace DigitalCity.Publicity.Storage;

/// <summary>The publicity service's persistence port for the facts its bulletins count, and the districts of the cases they are about.</summary>
public interface IFigureStore
{
    /// <summary>Records a fact once per (event, metric); returns false when it was already counted.</summary>
    Task<bool> RecordAsync(FigureFact fact, CancellationToken cancellationToken);

    /// <summary>
    /// The sum of each metric's quantities on the city days <paramref name="from"/> to <paramref name="to"/> (inclusive), in
    /// <paramref name="districtCode"/> or, when null, in the whole city (facts of no known district included).
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> SumByMetricAsync(DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken);

    /// <summary>Remembers the district a case was reported in, and gives it to that case's facts recorded without one.</summary>
    Task RememberCaseDistrictAsync(Guid caseId, string districtCode, CancellationToken cancellationToken);

    /// <summary>The district remembered for a case, or null when its report was not seen (or lay outside every grid).</summary>
    Task<string?> FindCaseDistrictAsync(Guid caseId, CancellationToken cancellationToken);
}
