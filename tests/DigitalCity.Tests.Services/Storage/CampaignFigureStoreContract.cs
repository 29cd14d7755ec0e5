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

    [Fact]
    public async Task Each_indicator_of_a_district_day_is_counted_on_its_own()
    {
        await Store.RecordAsync(
        [
            Fact(FigureIndicators.Visits, "v1"),
            Fact(FigureIndicators.Visits, "v2"),
            Fact(FigureIndicators.Hazards, "h1"),
            Fact(FigureIndicators.HazardsOfType("extinguisher"), "h1"),
            Fact(FigureIndicators.RectifiedImmediately, "h1"),
            Fact(FigureIndicators.Visits, "v3", district: "410802"),
            Fact(FigureIndicators.Visits, "v4", day: 1),
        ], default);

        var counts = await Store.CountAsync(_campaign, NewYearsDay, NewYearsDay.AddDays(1), null, default);

        Assert.Equal(
            [
                ("410802", NewYearsDay, FigureIndicators.Visits, 1L),
                ("410811", NewYearsDay, FigureIndicators.Hazards, 1L),
                ("410811", NewYearsDay, FigureIndicators.HazardsOfType("extinguisher"), 1L),
                ("410811", NewYearsDay, FigureIndicators.RectifiedImmediately, 1L),
                ("410811", NewYearsDay, FigureIndicators.Visits, 2L),
                ("410811", NewYearsDay.AddDays(1), FigureIndicators.Visits, 1L),
            ],
            counts.Select(c => (c.DistrictCode, c.Day, c.Indicator, c.Count)).OrderBy(c => c.DistrictCode, StringComparer.Ordinal).ThenBy(c => c.Day).ThenBy(c => c.Indicator, StringComparer.Ordinal));
    }
}
