using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Figures;
using static DigitalCity.Tests.Unit.Inspection.Campaigns.CampaignData;

namespace DigitalCity.Tests.Unit.Inspection.Campaigns;

public sealed class CampaignFiguresTests
{
    readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestData.Clock();

    [Fact]
    public void An_officer_in_two_groups_of_a_district_and_day_counts_once()
    {
        var campaign = GasCampaign(_time);
        var facts = new[] { Group(campaign, _time, "一组", "officer-1", "officer-2"), Group(campaign, _time, "二组", "officer-1", "officer-3") }
            .SelectMany(g => FigureProjector.Project(g.PendingEvents().OfType<InspectionGroupFormed>().Single()))
            .ToList();

        var figures = CampaignFigures.Of(Distinct(facts));

        Assert.Equal(2, figures.GroupsSent);
        Assert.Equal(3, figures.OfficersSent);
    }

    [Fact]
    public void Hazards_count_by_type_and_by_how_they_were_rectified()
    {
        var campaign = GasCampaign(_time);
        var group = Group(campaign, _time);
        var visit = Visit(campaign, group, _time, ("extinguisher", OnTheSpot), ("metal-hose", By(_time.GetUtcNow().AddDays(1))));
        var facts = visit.PendingEvents().SelectMany(e => e switch
        {
            InspectionCompleted c => FigureProjector.Project(c),
            HazardFound h => FigureProjector.Project(h),
            HazardRectified r => FigureProjector.Project(r),
            _ => [],
        }).ToList();

        var figures = CampaignFigures.Of(Distinct(facts));

        Assert.Equal((1, 1, 2), (figures.Visits, figures.PremisesChecked, figures.HazardsFound));
        Assert.Equal(new Dictionary<string, long> { ["extinguisher"] = 1, ["metal-hose"] = 1 }, figures.HazardsByType);
        Assert.Equal((1, 0, 0), (figures.RectifiedImmediately, figures.RectifiedLater, figures.Overdue));
    }

    [Fact]
    public void A_new_checklist_version_leaves_the_old_one_readable()
    {
        var book = ChecklistBook.Create(ChecklistSeed.Templates);
        var added = book.AddVersion(ChecklistSeed.GasSafety, "燃气安全检查表（2024）", GasChecklist.InspectionType,
            [new ChecklistItem("extinguisher", "灭火器有效", HazardSeverity.General, "")], "admin-1", _time);

        Assert.Equal(2, added.Version);
        Assert.Equal(10, book.Find(ChecklistSeed.GasSafety, 1)!.Items.Count);
        Assert.Same(added, book.Find(ChecklistSeed.GasSafety));
        Assert.Equal(2, Assert.Single(book.PendingEvents().OfType<ChecklistChanged>()).Version);
    }

    [Fact]
    public void Figures_of_days_sum_to_the_figures_of_their_counters()
    {
        var day1 = new[] { new FigureCount(Shanyang, NewYearsDay, FigureIndicators.Premises, 3), new FigureCount(Shanyang, NewYearsDay, FigureIndicators.HazardsOfType("extinguisher"), 1) };
        var day2 = new[] { new FigureCount(Shanyang, NewYearsDay.AddDays(1), FigureIndicators.Premises, 2), new FigureCount(Shanyang, NewYearsDay.AddDays(1), FigureIndicators.HazardsOfType("extinguisher"), 2), new FigureCount(Shanyang, NewYearsDay.AddDays(1), FigureIndicators.HazardsOfType("leak-alarm"), 1) };

        var summed = CampaignFigures.Sum([CampaignFigures.Of(day1), CampaignFigures.Of(day2)]);
        var direct = CampaignFigures.Of([.. day1, .. day2]);

        Assert.Equal((direct.PremisesChecked, 5L), (summed.PremisesChecked, direct.PremisesChecked));
        Assert.Equal(direct.HazardsByType, summed.HazardsByType);
    }

    /// <summary>What the store keeps of the facts: each indicator and subject once, counted per district and day.</summary>
    static IEnumerable<FigureCount> Distinct(IEnumerable<FigureFact> facts) =>
        facts.DistinctBy(f => (f.Indicator, f.Subject)).GroupBy(f => (f.DistrictCode, f.Day, f.Indicator))
            .Select(g => new FigureCount(g.Key.DistrictCode, g.Key.Day, g.Key.Indicator, g.Count()));
}
