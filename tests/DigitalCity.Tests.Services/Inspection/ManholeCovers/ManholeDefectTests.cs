using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Inspection.ManholeCovers.ManholeApi;

namespace DigitalCity.Tests.Services.Inspection.ManholeCovers;

/// <summary>Defect reports, within campaigns or not, and their idempotent retries.</summary>
public class ManholeDefectTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task A_defect_found_in_a_campaign_is_reported_and_ManholeDefectReported_is_published()
    {
        var campaign = await fixture.PlanAsync();
        var cover = await fixture.RegisterAsync();

        var defect = await fixture.ReportAsync(cover.Code, "missing", campaign.Id);

        Assert.Equal((DefectStatus.Reported, CoverState.Defective, campaign.Id), (defect.Status, defect.CoverState, defect.CampaignId));
        Assert.Equal("井盖缺失", defect.TypeText);
        var published = await fixture.Factory.Harness.PublishedAsync<ManholeDefectReported>(e => e.DefectId == defect.Id);
        Assert.Equal((cover.Code, "missing", campaign.Id, Maintainer), (published.Context.Message.ComponentCode, published.Context.Message.DefectType,
            published.Context.Message.CampaignId, published.Context.Message.MaintainerCode));
    }

    [Fact]
    public async Task A_grid_officer_reports_too_and_without_a_campaign()
    {
        var cover = await fixture.RegisterAsync();

        var response = await fixture.Officer("officer-manhole").PostAsJsonAsync($"{Covers}/{cover.Code}/defects", new { type = "sunken" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Null((await response.ReadAsync<DefectView>()).CampaignId);
    }

    [Fact]
    public async Task An_unknown_defect_type_is_400_on_the_type()
    {
        var cover = await fixture.RegisterAsync();

        var response = await fixture.Inspector().PostAsJsonAsync($"{Covers}/{cover.Code}/defects", new { type = "cracked" });

        await ManholeRegistryTests.AssertProblemOn(response, "type");
    }

    [Fact]
    public async Task A_campaign_that_is_unknown_of_another_type_elsewhere_or_not_running_today_is_400_on_the_campaign()
    {
        var cover = await fixture.RegisterAsync();
        Guid[] campaigns =
        [
            Guid.NewGuid(),
            (await fixture.PlanAsync(InspectionType.GasSafety)).Id,
            (await fixture.PlanAsync(districts: ["410811"])).Id,
            (await fixture.PlanAsync(startOffset: -10, endOffset: -5)).Id,
            (await fixture.PlanAsync(startOffset: 2, endOffset: 5)).Id,
        ];

        foreach (var campaignId in campaigns)
        {
            var response = await fixture.Inspector().PostAsJsonAsync($"{Covers}/{cover.Code}/defects", new { type = "broken", campaignId });
            await ManholeRegistryTests.AssertProblemOn(response, "campaignId");
        }

        Assert.Equal(0, (await (await fixture.Inspector().GetAsync($"{Covers}/{cover.Code}")).ReadAsync<CoverView>()).OpenDefectCount);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_the_same_defect()
    {
        var cover = await fixture.RegisterAsync();

        var first = await ReportWithKey(cover.Code, "key-1", "loose");
        var retry = await ReportWithKey(cover.Code, "key-1", "loose");
        var reused = await ReportWithKey(cover.Code, "key-1", "noisy");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues(ReportCase.ReplayedHeader).Single());
        Assert.Equal((await first.ReadAsync<DefectView>()).Id, (await retry.ReadAsync<DefectView>()).Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Single((await (await fixture.Inspector().GetAsync($"{Covers}/{cover.Code}")).ReadAsync<CoverView>()).Defects);
    }

    [Fact]
    public async Task A_second_open_defect_of_the_same_type_is_409_and_an_unknown_cover_404()
    {
        var cover = await fixture.RegisterAsync();
        await fixture.ReportAsync(cover.Code, "unmarked");

        var again = await fixture.Inspector().PostAsJsonAsync($"{Covers}/{cover.Code}/defects", new { type = "unmarked" });
        var unknown = await fixture.Inspector().PostAsJsonAsync($"{Covers}/{NextCode()}/defects", new { type = "unmarked" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Only_inspectors_and_grid_officers_report_defects()
    {
        var cover = await fixture.RegisterAsync();

        foreach (var role in new[] { Roles.CampaignManager, Roles.Operator, Roles.DepartmentHandler })
        {
            var response = await fixture.Factory.ClientFor("someone", role).PostAsJsonAsync($"{Covers}/{cover.Code}/defects", new { type = "broken" });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    Task<HttpResponseMessage> ReportWithKey(string code, string key, string type)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Covers}/{code}/defects") { Content = JsonContent.Create(new { type }) };
        request.Headers.Add(ReportCase.IdempotencyHeader, key);
        return fixture.Inspector().SendAsync(request);
    }
}
