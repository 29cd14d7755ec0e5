namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// 综合评分 — the composite score of one object from its rates, its volume score and the weights of its
/// profile, and the arithmetic around it. Pure functions; the weights and grades come from
/// <see cref="EvaluationOptions"/>.
/// </summary>
public static class Scorecard
{
    /// <summary>The profile whose weights score an object of <paramref name="kind"/>.</summary>
    public static ScoreProfile ProfileOf(ScopeKind kind) => kind switch
    {
        ScopeKind.Department => ScoreProfile.Department,
        ScopeKind.Person => ScoreProfile.Person,
        _ => ScoreProfile.Place,
    };

    /// <summary>
    /// The counter the volume score measures: a department's handled dispatches, anyone else's reports.
    /// </summary>
    public static string VolumeIndicatorOf(ScopeKind kind) => kind == ScopeKind.Department ? Indicators.Handled : Indicators.Reports;

    /// <summary>
    /// 工作量得分 — 100 × the object's volume ÷ the largest volume among the objects of its kind in the
    /// period (two decimals); null when no object of the kind has any volume.
    /// </summary>
    public static double? VolumeScore(long volume, long peak) => IndicatorRates.Percent(volume, peak);

    /// <summary>A component's value for an object, or null when it has nothing to judge it by.</summary>
    public static double? ValueOf(ScoreComponent component, IndicatorRates rates, double? volumeScore)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return component switch
        {
            ScoreComponent.ValidReportRate => rates.ValidReportRate,
            ScoreComponent.OnTimeVerificationRate => rates.OnTimeVerificationRate,
            ScoreComponent.OnTimeRecheckRate => rates.OnTimeRecheckRate,
            ScoreComponent.FilingRate => rates.FilingRate,
            ScoreComponent.AccurateFilingRate => rates.AccurateFilingRate,
            ScoreComponent.OnTimeDispatchRate => rates.OnTimeDispatchRate,
            ScoreComponent.AccurateDispatchRate => rates.AccurateDispatchRate,
            ScoreComponent.OnTimeHandlingRate => rates.OnTimeHandlingRate,
            ScoreComponent.ReworkFreeRate => 100 - rates.ReworkRate,
            ScoreComponent.ClosingRate => rates.ClosingRate,
            ScoreComponent.OnTimeClosingRate => rates.OnTimeClosingRate,
            ScoreComponent.Volume => volumeScore,
            _ => throw new ArgumentOutOfRangeException(nameof(component), component, null),
        };
    }

    /// <summary>
    /// Σ weight × value ÷ Σ weight over the weighted components that have a value (two decimals). A
    /// component without a value (its denominator was 0) is left out and the others keep their
    /// proportions, so an object is not punished for work it was never given; null when no weighted
    /// component has a value.
    /// </summary>
    public static double? Score(IndicatorRates rates, double? volumeScore, IReadOnlyDictionary<ScoreComponent, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        double weighted = 0, total = 0;
        foreach (var (component, weight) in weights)
        {
            if (weight > 0 && ValueOf(component, rates, volumeScore) is { } value)
            {
                weighted += weight * value;
                total += weight;
            }
        }

        return total == 0 ? null : Math.Round(weighted / total, 2, MidpointRounding.AwayFromZero);
    }
}
