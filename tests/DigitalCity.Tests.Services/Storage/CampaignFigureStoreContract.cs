using DigitalCity.Inspection.Campaigns.Figures;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="ICampaignFigureStore"/> must do.</summary>
public abstract class CampaignFigureStoreContract
{
    static readonly DateOnly NewYearsDay = new(2023, 1, 22);

    readonly Guid _campaign = Guid.NewGuid();

    protected abstract ICampaignFigureStore Store { get; }

    FigureFact Fact(string indicator, string subject, string district = "410811", int day = 0) => new(indicator, subject, _campaign, district, NewYearsDay.AddDays(day));

    [Fact]
    public async Task A_fact_counts_once_per_indicator_and_subject()
    {
        var first = await Store.RecordAsync([Fact(FigureIndicators.Groups, "g1"), Fact(FigureIndicators.Groups, "g2")], default);
        var again = await Store.RecordAsync([Fact(FigureIndicators.Groups, "g1"), Fact(FigureIndicators.Officers, "g1")], default);

        Assert.Equal((2, 1), (first, again));
        var counts = await Store.CountAsync(_campaign, NewYearsDay, NewYearsDay, null, default);
        Assert.Equal(2, counts.Single(c => c.Indicator == FigureIndicators.Groups).Count);
    }

    [Fact]
    public async Task Counts_are_per_district_and_day_within_the_period_asked()
    {
        await Store.RecordAsync(
        [
            Fact(FigureIndicators.Premises, "a"),
            Fact(FigureIndicators.Premises, "b"),
            Fact(FigureIndicators.Premises, "c", district: "410802"),
            Fact(FigureIndicators.Premises, "d", day: 1),
            Fact(FigureIndicators.Premises, "e", day: 9),
            new(FigureIndicators.Premises, "other", Guid.NewGuid(), "410811", NewYearsDay),
        ], default);

        var counts = await Store.CountAsync(_campaign, NewYearsDay, NewYearsDay.AddDays(1), null, default);
        var shanyang = await Store.CountAsync(_campaign, NewYearsDay, NewYearsDay.AddDays(1), "410811", default);
        var days = await Store.ActiveDaysAsync(NewYearsDay, NewYearsDay.AddDays(1), default);

        Assert.Equal(4, counts.Sum(c => c.Count));
        Assert.Equal([(NewYearsDay, 2L), (NewYearsDay.AddDays(1), 1L)], shanyang.OrderBy(c => c.Day).Select(c => (c.Day, c.Count)));
        Assert.Contains((_campaign, "410802", NewYearsDay), days);
        Assert.DoesNotContain((_campaign, "410811", NewYearsDay.AddDays(9)), days);
    }
}
