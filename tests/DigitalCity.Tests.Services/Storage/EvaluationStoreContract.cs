using DigitalCity.Inspection.Evaluation;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="IEvaluationStore"/> must do.</summary>
public abstract class EvaluationStoreContract
{
    protected static readonly DateOnly January22 = new(2023, 1, 22);

    protected abstract IEvaluationStore Store { get; }

    static EvaluationFact Fact(string indicator, string subject, DateOnly day, string? district = "410811", string? grid = "41081100100102", string? department = null, string? person = "officer-1") =>
        new(indicator, subject, day, district, district is null ? null : $"{district}001", grid, department, person);

    [Fact]
    public async Task A_fact_is_recorded_once_however_often_it_is_recorded()
    {
        var fact = Fact(Indicators.Reports, "case-1", January22);

        var first = await Store.RecordAsync([fact], default);
        var again = await Store.RecordAsync([fact, fact with { Day = January22.AddDays(1) }], default);

        Assert.Equal((1, 0), (first, again));
        Assert.Equal(1, (await Store.CountAsync(new EvaluationScope(ScopeKind.District, "410811"), January22, January22.AddDays(1), default))[Indicators.Reports]);
    }

    [Fact]
    public async Task Counts_are_per_object_of_each_kind_within_the_period_both_days_included()
    {
        await Store.RecordAsync(
        [
            Fact(Indicators.Reports, "a", January22),
            Fact(Indicators.Reports, "b", January22.AddDays(6)),
            Fact(Indicators.Reports, "c", January22.AddDays(7)),
            Fact(Indicators.Reports, "d", January22, district: "410802", grid: null, person: "officer-2"),
            Fact(Indicators.Reports, "e", January22, district: null, grid: null, person: "officer-2"),
            Fact(Indicators.ValidReports, "a", January22),
            Fact(Indicators.Handled, "a:sanitation", January22, department: "sanitation", person: null),
        ], default);
        var week = (From: January22, To: January22.AddDays(6));

        var district = await Store.CountAsync(new EvaluationScope(ScopeKind.District, "410811"), week.From, week.To, default);
        var city = await Store.CountAsync(EvaluationScope.City, week.From, week.To, default);
        var street = await Store.CountAsync(new EvaluationScope(ScopeKind.Street, "410811001"), week.From, week.To, default);
        var officer = await Store.CountAsync(new EvaluationScope(ScopeKind.Person, "officer-2"), week.From, week.To, default);
        var sanitation = await Store.CountAsync(new EvaluationScope(ScopeKind.Department, "sanitation"), week.From, week.To, default);

        Assert.Equal((2, 1, 1), (district[Indicators.Reports], district[Indicators.ValidReports], district[Indicators.Handled]));
        Assert.Equal(4, city[Indicators.Reports]);
        Assert.Equal(2, street[Indicators.Reports]);
        Assert.Equal(2, officer[Indicators.Reports]);
        Assert.Equal((0, 1), (sanitation[Indicators.Reports], sanitation[Indicators.Handled]));
        Assert.Equal(0, (await Store.CountAsync(new EvaluationScope(ScopeKind.Grid, "none"), week.From, week.To, default))[Indicators.Reports]);
    }

    [Fact]
    public async Task Every_object_of_a_kind_with_facts_in_the_period_is_counted_and_the_busiest_found()
    {
        await Store.RecordAsync(
        [
            Fact(Indicators.Reports, "a", January22),
            Fact(Indicators.Reports, "b", January22),
            Fact(Indicators.Reports, "c", January22, district: "410802"),
            Fact(Indicators.ValidReports, "c", January22, district: "410802"),
            Fact(Indicators.Reports, "d", January22.AddDays(40), district: "410803"),
            Fact(Indicators.Reports, "e", January22, district: null),
        ], default);

        var each = await Store.CountEachAsync(ScopeKind.District, January22, January22, default);
        var peak = await Store.PeakAsync(ScopeKind.District, Indicators.Reports, January22, January22, default);
        var cityPeak = await Store.PeakAsync(ScopeKind.City, Indicators.Reports, January22, January22, default);

        Assert.Equal(["410802", "410811"], each.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, each["410811"][Indicators.Reports]);
        Assert.Equal((1, 1), (each["410802"][Indicators.Reports], each["410802"][Indicators.ValidReports]));
        Assert.Equal(2, peak);
        Assert.Equal(4, cityPeak);
        Assert.Equal(0, await Store.PeakAsync(ScopeKind.Department, Indicators.Handled, January22, January22, default));
        Assert.Equal(4, (await Store.CountEachAsync(ScopeKind.City, January22, January22, default))[EvaluationScope.CityCode][Indicators.Reports]);
    }

    [Fact]
    public async Task Recording_nothing_records_nothing() => Assert.Equal(0, await Store.RecordAsync([], default));
}
