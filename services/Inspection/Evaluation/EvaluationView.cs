namespace DigitalCity.Inspection.Evaluation;

/// <summary>The period an evaluation covers, as answered: its kind and its first and last day.</summary>
public sealed record PeriodView(PeriodKind Kind, DateOnly From, DateOnly To)
{
    public static PeriodView Of(EvaluationPeriod period) => new(period.Kind, period.From, period.To);
}

/// <summary>
/// 综合评价 of one object in one period: every counter, the rates (percent, null without a denominator),
/// the volume score, the composite score and its grade (null when nothing weighted could be judged).
/// </summary>
public sealed record EvaluationView(
    string Scope,
    string? Code,
    PeriodView Period,
    IReadOnlyDictionary<string, long> Counters,
    IndicatorRates Rates,
    double? VolumeScore,
    double? Score,
    string? Grade);

/// <summary>One object's line in a ranking: its place (1 = best score), code, counters, rates, score and grade.</summary>
public sealed record RankedEvaluation(
    int Rank,
    string Code,
    IReadOnlyDictionary<string, long> Counters,
    IndicatorRates Rates,
    double? VolumeScore,
    double? Score,
    string? Grade);

/// <summary>A page of the ranking of every object of a kind that has facts in the period.</summary>
public sealed record RankingView(string Scope, PeriodView Period, IReadOnlyList<RankedEvaluation> Items, int PageNumber, int PageSize, long Total);
