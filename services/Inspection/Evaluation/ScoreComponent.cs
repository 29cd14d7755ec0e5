namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// What a composite score can weigh: the rates of <see cref="IndicatorRates"/>, rework turned into a
/// "higher is better" 100 − 返工率, and the volume score. The names are the keys of the weights under
/// <c>Inspection:Evaluation:Weights</c>.
/// </summary>
public enum ScoreComponent
{
    ValidReportRate,
    OnTimeVerificationRate,
    OnTimeRecheckRate,
    FilingRate,
    AccurateFilingRate,
    OnTimeDispatchRate,
    AccurateDispatchRate,
    OnTimeHandlingRate,

    /// <summary>100 − 返工率.</summary>
    ReworkFreeRate,
    ClosingRate,
    OnTimeClosingRate,

    /// <summary>The volume score: see <see cref="Scorecard.VolumeScore"/>.</summary>
    Volume,
}
