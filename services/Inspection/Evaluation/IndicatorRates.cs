namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// The rates of domain §5 as percentages rounded to two decimals; null when the denominator is 0
/// (nothing to judge in the period), never a made-up 0 or 100.
/// </summary>
/// <param name="ValidReportRate">有效上报率 = validReports ÷ reports.</param>
/// <param name="OnTimeVerificationRate">按时核实率 = verificationsOnTime ÷ verificationsRequested.</param>
/// <param name="OnTimeRecheckRate">按时核查率 = rechecksOnTime ÷ rechecksRequested.</param>
/// <param name="FilingRate">立案率 = filed ÷ validReports.</param>
/// <param name="AccurateFilingRate">准确立案率 = (filed − voided) ÷ filed.</param>
/// <param name="OnTimeDispatchRate">按时派遣率 = dispatchesOnTime ÷ dispatches.</param>
/// <param name="AccurateDispatchRate">准确派遣率 = (dispatches − returns) ÷ dispatches.</param>
/// <param name="OnTimeHandlingRate">按期处置率 = handledOnTime ÷ handlingDue.</param>
/// <param name="ReworkRate">返工率 = reworked ÷ handled.</param>
/// <param name="ClosingRate">结案率 = closed ÷ closingDue (a department's: its departmentClosed ÷ departmentClosingDue).</param>
/// <param name="OnTimeClosingRate">按期结案率 = closedOnTime ÷ closingDue (a department's: from its department counters).</param>
public sealed record IndicatorRates(
    double? ValidReportRate,
    double? OnTimeVerificationRate,
    double? OnTimeRecheckRate,
    double? FilingRate,
    double? AccurateFilingRate,
    double? OnTimeDispatchRate,
    double? AccurateDispatchRate,
    double? OnTimeHandlingRate,
    double? ReworkRate,
    double? ClosingRate,
    double? OnTimeClosingRate)
{
    public static IndicatorRates From(IndicatorCounts counts, ScopeKind kind)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var perDepartment = kind == ScopeKind.Department;
        var closed = counts[perDepartment ? Indicators.DepartmentClosed : Indicators.Closed];
        var closedOnTime = counts[perDepartment ? Indicators.DepartmentClosedOnTime : Indicators.ClosedOnTime];
        var closingDue = counts[perDepartment ? Indicators.DepartmentClosingDue : Indicators.ClosingDue];
        return new IndicatorRates(
            Percent(counts[Indicators.ValidReports], counts[Indicators.Reports]),
            Percent(counts[Indicators.VerificationsOnTime], counts[Indicators.VerificationsRequested]),
            Percent(counts[Indicators.RechecksOnTime], counts[Indicators.RechecksRequested]),
            Percent(counts[Indicators.Filed], counts[Indicators.ValidReports]),
            Percent(counts[Indicators.Filed] - counts[Indicators.Voided], counts[Indicators.Filed]),
            Percent(counts[Indicators.DispatchesOnTime], counts[Indicators.Dispatches]),
            Percent(counts[Indicators.Dispatches] - counts[Indicators.Returns], counts[Indicators.Dispatches]),
            Percent(counts[Indicators.HandledOnTime], counts[Indicators.HandlingDue]),
            Percent(counts[Indicators.Reworked], counts[Indicators.Handled]),
            Percent(closed, closingDue),
            Percent(closedOnTime, closingDue));
    }

    /// <summary>100 × part ÷ whole, two decimals (half away from zero); null when whole is 0.</summary>
    public static double? Percent(long part, long whole) =>
        whole == 0 ? null : Math.Round(100.0 * part / whole, 2, MidpointRounding.AwayFromZero);
}
