namespace DigitalCity.Inspection.Evaluation;

/// <summary>The evaluation's persistence port: facts recorded once, counted per object and period.</summary>
public interface IEvaluationStore
{
    /// <summary>
    /// Records the facts not recorded yet; a fact whose indicator and subject are already stored is
    /// ignored (a redelivered event, or a second event establishing the same fact). Returns how many were new.
    /// </summary>
    Task<int> RecordAsync(IReadOnlyList<EvaluationFact> facts, CancellationToken cancellationToken);

    /// <summary>The counts of one object over the days <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    Task<IndicatorCounts> CountAsync(EvaluationScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The counts of every object of <paramref name="kind"/> that has a fact in the period, by code.</summary>
    Task<IReadOnlyDictionary<string, IndicatorCounts>> CountEachAsync(ScopeKind kind, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The largest count of <paramref name="indicator"/> any object of <paramref name="kind"/> has in the period (0 when none).</summary>
    Task<long> PeakAsync(ScopeKind kind, string indicator, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
