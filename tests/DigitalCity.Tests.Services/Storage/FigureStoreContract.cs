using DigitalCity.Publicity.Figures;
using DigitalCity.Publicity.Storage;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="IFigureStore"/> must do.</summary>
public abstract class FigureStoreContract
{
    protected const string Shanyang = "410811";
    protected const string Jiefang = "410802";

    protected abstract IFigureStore Store { get; }

    [Fact]
    public async Task A_fact_is_recorded_once_per_event_and_metric()
    {
        var eventId = Guid.NewGuid();
        var groups = new FigureFact(eventId, new DateOnly(2023, 1, 22), Metrics.GroupsSent, Shanyang);
        var officers = new FigureFact(eventId, new DateOnly(2023, 1, 22), Metrics.OfficersSent, Shanyang, 3);

        Assert.True(await Store.RecordAsync(groups, default));
        Assert.True(await Store.RecordAsync(officers, default));
        Assert.False(await Store.RecordAsync(groups, default));
        Assert.False(await Store.RecordAsync(officers with { Quantity = 30 }, default));
        Assert.Equal(3, (await Store.SumByMetricAsync(groups.Day, groups.Day, null, default))[Metrics.OfficersSent]);
    }

    [Fact]
    public async Task Quantities_are_summed_per_metric_over_a_period_for_the_city_or_a_district()
    {
        var day = new DateOnly(2023, 1, 23);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day, Metrics.HouseholdWasteKg, Shanyang, 12_000), default);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day.AddDays(2), Metrics.HouseholdWasteKg, Shanyang, 500), default);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day, Metrics.HouseholdWasteKg, Jiefang, 7_000), default);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day, Metrics.CasesReported), default);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day.AddDays(3), Metrics.HouseholdWasteKg, Shanyang, 900), default);

        var city = await Store.SumByMetricAsync(day, day.AddDays(2), null, default);
        var shanyang = await Store.SumByMetricAsync(day, day.AddDays(2), Shanyang, default);
        var oneDay = await Store.SumByMetricAsync(day, day, Shanyang, default);

        Assert.Equal((19_500L, 1L), (city[Metrics.HouseholdWasteKg], city[Metrics.CasesReported]));
        Assert.Equal(12_500, shanyang[Metrics.HouseholdWasteKg]);
        Assert.False(shanyang.ContainsKey(Metrics.CasesReported));
        Assert.Equal(12_000, oneDay[Metrics.HouseholdWasteKg]);
    }

    [Fact]
    public async Task A_case_district_remembered_later_is_given_to_the_case_facts_recorded_without_one()
    {
        var day = new DateOnly(2023, 1, 24);
        var caseId = Guid.NewGuid();
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day, Metrics.CasesClosed, CaseId: caseId), default);
        Assert.Null(await Store.FindCaseDistrictAsync(caseId, default));

        await Store.RememberCaseDistrictAsync(caseId, Shanyang, default);
        await Store.RememberCaseDistrictAsync(caseId, Jiefang, default);

        Assert.Equal(Shanyang, await Store.FindCaseDistrictAsync(caseId, default));
        Assert.Equal(1, (await Store.SumByMetricAsync(day, day, Shanyang, default))[Metrics.CasesClosed]);
        Assert.Empty(await Store.SumByMetricAsync(day, day, Jiefang, default));
    }
}
