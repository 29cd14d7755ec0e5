using System.Net;
using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Inspection.ManholeCovers.ManholeApi;

namespace DigitalCity.Tests.Services.Inspection.ManholeCovers;

/// <summary>The campaign figure: defects found, rectified and the rate, per district and type.</summary>
public class ManholeFiguresTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task Four_found_and_three_rectified_in_a_district_is_a_rate_of_three_quarters()
    {
        var campaign = await fixture.PlanAsync();
        var other = await fixture.PlanAsync();
        var defects = new List<DefectView>();
        foreach (var type in new[] { "missing", "broken", "broken", "loose" })
        {
            defects.Add(await fixture.ReportAsync((await fixture.RegisterAsync()).Code, type, campaign.Id));
        }

        await fixture.ReportAsync((await fixture.RegisterAsync(NextCode("410811"), InShanyang)).Code, "noisy", campaign.Id);
        await fixture.ReportAsync((await fixture.RegisterAsync()).Code, "missing", other.Id);
        await fixture.ReportAsync((await fixture.RegisterAsync()).Code, "missing");
        foreach (var defect in defects.Take(3))
        {
            await fixture.RectifyAsync(defect);
        }

        var response = await fixture.Factory.ClientFor("lead-1", Roles.ShiftLead).GetAsync($"/api/inspection/campaigns/{campaign.Id}/manhole-figures");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = await response.ReadAsync<ManholeFigures>();
        Assert.Equal((5, 3, 0.6), (figures.Found, figures.Rectified, figures.Rate));
        var jiefang = figures.Districts.Single(d => d.DistrictCode == "410802");
        Assert.Equal(("解放区", 4, 3, 0.75), (jiefang.DistrictName, jiefang.Found, jiefang.Rectified, jiefang.Rate));
        Assert.Equal([new("broken", 2, 2, 1), new("loose", 1, 0, 0), new DefectTypeFigure("missing", 1, 1, 1)], jiefang.ByType);
        var shanyang = figures.Districts.Single(d => d.DistrictCode == "410811");
        Assert.Equal((1, 0, 0.0), (shanyang.Found, shanyang.Rectified, shanyang.Rate));
    }

    [Fact]
    public async Task A_campaign_without_defects_has_no_rate_and_another_type_or_an_unknown_one_is_404()
    {
        var empty = await fixture.PlanAsync();
        var gas = await fixture.PlanAsync(DigitalCity.Inspection.Campaigns.InspectionType.GasSafety);
        var reader = fixture.Inspector();

        var figures = await (await reader.GetAsync($"/api/inspection/campaigns/{empty.Id}/manhole-figures")).ReadAsync<ManholeFigures>();

        Assert.Equal((0, (double?)null), (figures.Found, figures.Rate));
        Assert.All(figures.Districts, d => Assert.Null(d.Rate));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/inspection/campaigns/{gas.Id}/manhole-figures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/inspection/campaigns/{Guid.NewGuid()}/manhole-figures")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await fixture.Factory.ClientFor("crew-1", Roles.SanitationStaff).GetAsync($"/api/inspection/campaigns/{empty.Id}/manhole-figures")).StatusCode);
    }
}
