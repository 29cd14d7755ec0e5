using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>Reads the counters of objects and turns them into rates, scores, grades and rankings.</summary>
public sealed class Evaluator(IEvaluationStore store, EvaluationOptions options)
{
    /// <summary>One object's evaluation; its volume score is measured against the busiest object of its kind.</summary>
    public async Task<EvaluationView> EvaluateAsync(EvaluationScope scope, EvaluationPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var counts = await store.CountAsync(scope, period.From, period.To, cancellationToken);
        var peak = await store.PeakAsync(scope.Kind, Scorecard.VolumeIndicatorOf(scope.Kind), period.From, period.To, cancellationToken);
        var (rates, volume, score, grade) = Judge(scope.Kind, counts, peak);
        return new EvaluationView(EvaluationScope.NameOf(scope.Kind), scope.Kind == ScopeKind.City ? null : scope.Code,
            PeriodView.Of(period), counts.ToDictionary(), rates, volume, score, grade);
    }

    /// <summary>Every object of <paramref name="kind"/> with facts in the period, best score first (no score last, then by code).</summary>
    public async Task<RankingView> RankAsync(ScopeKind kind, EvaluationPeriod period, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var each = await store.CountEachAsync(kind, period.From, period.To, cancellationToken);
        var volumeIndicator = Scorecard.VolumeIndicatorOf(kind);
        var peak = each.Values.Select(c => c[volumeIndicator]).DefaultIfEmpty(0).Max();
        var ranked = each
            .Select(e => (Code: e.Key, Counts: e.Value, Judged: Judge(kind, e.Value, peak)))
            .OrderByDescending(e => e.Judged.Score.HasValue)
            .ThenByDescending(e => e.Judged.Score)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .Select((e, i) => new RankedEvaluation(i + 1, e.Code, e.Counts.ToDictionary(), e.Judged.Rates, e.Judged.Volume, e.Judged.Score, e.Judged.Grade))
            .ToList();
        return new RankingView(EvaluationScope.NameOf(kind), PeriodView.Of(period),
            [.. ranked.Skip(page.Skip).Take(page.Size)], page.Number, page.Size, ranked.Count);
    }

    (IndicatorRates Rates, double? Volume, double? Score, string? Grade) Judge(ScopeKind kind, IndicatorCounts counts, long peak)
    {
        var rates = IndicatorRates.From(counts, kind);
        var volume = Scorecard.VolumeScore(counts[Scorecard.VolumeIndicatorOf(kind)], peak);
        var score = Scorecard.Score(rates, volume, options.WeightsOf(kind));
        return (rates, volume, score, options.Grades.GradeOf(score));
    }
}
