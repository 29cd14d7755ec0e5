using DigitalCity.Inspection.Evaluation;

namespace DigitalCity.Tests.Unit.Inspection.Evaluation;

/// <summary>Rates, volume, composite scores and grades (domain §5).</summary>
public class ScorecardTests
{
    static IndicatorCounts Counts(params (string Indicator, long Count)[] counts) => new(counts.ToDictionary(c => c.Indicator, c => c.Count));

    [Fact]
    public void Rates_are_percentages_with_two_decimals_and_null_without_a_denominator()
    {
        var rates = IndicatorRates.From(Counts((Indicators.Reports, 3), (Indicators.ValidReports, 2), (Indicators.Filed, 2), (Indicators.Voided, 1)), ScopeKind.District);

        Assert.Equal(66.67, rates.ValidReportRate);
        Assert.Equal(100, rates.FilingRate);
        Assert.Equal(50, rates.AccurateFilingRate);
        Assert.Null(rates.OnTimeDispatchRate);
        Assert.Null(rates.ClosingRate);
    }

    [Fact]
    public void Dispatch_handling_rework_and_closing_rates_follow_their_formulas()
    {
        var rates = IndicatorRates.From(Counts(
            (Indicators.Dispatches, 8), (Indicators.DispatchesOnTime, 6), (Indicators.Returns, 1),
            (Indicators.Handled, 7), (Indicators.HandledOnTime, 5), (Indicators.HandlingDue, 6), (Indicators.Reworked, 1),
            (Indicators.Closed, 4), (Indicators.ClosedOnTime, 3), (Indicators.ClosingDue, 5)), ScopeKind.Grid);

        Assert.Equal(75, rates.OnTimeDispatchRate);
        Assert.Equal(87.5, rates.AccurateDispatchRate);
        Assert.Equal(83.33, rates.OnTimeHandlingRate);
        Assert.Equal(14.29, rates.ReworkRate);
        Assert.Equal(80, rates.ClosingRate);
        Assert.Equal(60, rates.OnTimeClosingRate);
    }

    [Fact]
    public void A_department_is_judged_on_the_closings_of_the_cases_it_was_on()
    {
        var counts = Counts((Indicators.Closed, 10), (Indicators.ClosingDue, 10), (Indicators.DepartmentClosed, 1), (Indicators.DepartmentClosingDue, 2));

        Assert.Equal(50, IndicatorRates.From(counts, ScopeKind.Department).ClosingRate);
        Assert.Equal(100, IndicatorRates.From(counts, ScopeKind.District).ClosingRate);
    }

    [Fact]
    public void The_volume_score_compares_with_the_busiest_peer()
    {
        Assert.Equal(40, Scorecard.VolumeScore(4, 10));
        Assert.Equal(100, Scorecard.VolumeScore(10, 10));
        Assert.Null(Scorecard.VolumeScore(0, 0));
        Assert.Equal(Indicators.Handled, Scorecard.VolumeIndicatorOf(ScopeKind.Department));
        Assert.Equal(Indicators.Reports, Scorecard.VolumeIndicatorOf(ScopeKind.Person));
    }

    [Fact]
    public void The_default_department_score_is_the_domain_formula()
    {
        var rates = IndicatorRates.From(Counts(
            (Indicators.DepartmentClosed, 9), (Indicators.DepartmentClosingDue, 10),
            (Indicators.HandledOnTime, 8), (Indicators.HandlingDue, 10),
            (Indicators.Handled, 10), (Indicators.Reworked, 1)), ScopeKind.Department);

        var score = Scorecard.Score(rates, 50, EvaluationOptions.DefaultDepartmentWeights);

        // 30 % × 90 + 30 % × 80 + 30 % × (100 − 10) + 10 % × 50
        Assert.Equal(83, score);
        Assert.Equal("B", new GradeScale().GradeOf(score));
    }

    [Fact]
    public void Components_without_a_value_are_left_out_and_the_others_keep_their_proportions()
    {
        var rates = IndicatorRates.From(Counts((Indicators.DepartmentClosed, 1), (Indicators.DepartmentClosingDue, 2)), ScopeKind.Department);

        // Only 结案率 (50, weight 30) and volume (100, weight 10) can be judged: (30 × 50 + 10 × 100) ÷ 40.
        Assert.Equal(62.5, Scorecard.Score(rates, 100, EvaluationOptions.DefaultDepartmentWeights));
        Assert.Null(Scorecard.Score(IndicatorRates.From(IndicatorCounts.None, ScopeKind.Department), null, EvaluationOptions.DefaultDepartmentWeights));
    }

    [Theory]
    [InlineData(100, "A")]
    [InlineData(90, "A")]
    [InlineData(89.99, "B")]
    [InlineData(75, "B")]
    [InlineData(60, "C")]
    [InlineData(40, "D")]
    [InlineData(39.99, "E")]
    [InlineData(0, "E")]
    public void Grades_follow_the_thresholds(double score, string grade) => Assert.Equal(grade, new GradeScale().GradeOf(score));

    [Fact]
    public void No_score_has_no_grade() => Assert.Null(new GradeScale().GradeOf(null));
}
