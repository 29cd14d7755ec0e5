using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.ManholeCovers;

namespace DigitalCity.Tests.Unit.Inspection.ManholeCovers;

public class ManholeFiguresTests
{
    [Fact]
    public void Found_rectified_and_rate_are_counted_per_district_and_type_for_the_campaign_only()
    {
        var time = TestData.Clock();
        var campaign = Campaign.Plan(new CampaignPlan("春节井盖专项", InspectionType.ManholeCovers, SpecialAction.PublicSafety,
            new DateOnly(2023, 1, 20), new DateOnly(2023, 1, 31), ["410802", "410811"], ChecklistSeed.ManholeCovers, 1, null), "manager-1", time);
        var covers = Enumerable.Range(1, 4).Select(i => Covers.Registered(time, $"410802010100000{i}")).ToList();
        foreach (var cover in covers)
        {
            cover.ReportDefect(Covers.Report(cover == covers[0] ? "missing" : "broken", campaign.Id), "inspector-1", null, time);
        }

        foreach (var cover in covers.Take(3))
        {
            Rectify(cover, time);
        }

        covers[3].ReportDefect(Covers.Report("noisy"), "officer-1", null, time);

        var figures = ManholeFigures.Compute(campaign, covers, code => code == "410802" ? "解放区" : null);

        Assert.Equal((4, 3, 0.75), (figures.Found, figures.Rectified, figures.Rate));
        var jiefang = figures.Districts.Single(d => d.DistrictCode == "410802");
        Assert.Equal(("解放区", 4, 3, 0.75), (jiefang.DistrictName, jiefang.Found, jiefang.Rectified, jiefang.Rate));
        Assert.Equal([new DefectTypeFigure("broken", 3, 2, 0.6667), new DefectTypeFigure("missing", 1, 1, 1)], jiefang.ByType);
        var shanyang = figures.Districts.Single(d => d.DistrictCode == "410811");
        Assert.Equal((0, 0, (double?)null), (shanyang.Found, shanyang.Rectified, shanyang.Rate));
    }

    static void Rectify(ManholeCover cover, TimeProvider time)
    {
        var defect = cover.Defects[0];
        cover.AssignRepair(defect.Id, time.GetUtcNow().AddHours(2), "dispatcher-1", time);
        cover.StartRepair(defect.Id, Covers.Maintainer, "handler-1", time);
        cover.CompleteRepair(defect.Id, Covers.Maintainer, "handler-1", null, ["after.jpg"], time);
        cover.VerifyRepair(defect.Id, "inspector-1", null, [], time);
    }
}
