using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Inspection.PremisesRegistry;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Inspection.Campaigns.CampaignRequests;

namespace DigitalCity.Tests.Services.Inspection.Campaigns;

/// <summary>
/// The story's Spring Festival day (1月22日, 农历正月初一) replayed through the API: 山阳区 sends 5 groups
/// with 12 officers to the named restaurants and one shop's expired extinguisher is ordered fixed on the
/// spot (立行立改); 解放区 sends 2 groups with 6 officers to a supermarket and a market. The figures API
/// then answers with exactly the numbers the newspaper item was written from.
/// </summary>
public sealed class SpringFestivalDayTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    const string Day = "2023-01-22";

    static readonly string[] ShanyangRestaurants =
        ["鸡公虾婆", "老彪胡辣汤", "周庄早餐", "福满园", "逍遥镇胡辣汤", "贾师傅酱香扒鸡", "小宋麻辣烫", "手工鲜包店", "王婆大虾", "人民医院餐厅", "老婆烩面"];

    static readonly string[] JiefangPremises = ["站前路国贸超市", "民主路菜市场"];

    /// <summary>The shop whose extinguisher had expired (the story does not name it).</summary>
    const string ExpiredExtinguisher = "小宋麻辣烫";

    HttpClient Manager => fixture.Factory.ClientFor("manager-1", Roles.CampaignManager);

    HttpClient Inspector(string userId) => fixture.Factory.ClientFor(userId, Roles.Inspector);

    [Fact]
    public async Task The_figures_of_the_day_are_those_the_bureau_reported()
    {
        var campaign = await PlanAsync(Manager);
        var files = await RegisterPremisesAsync();

        // 山阳区: 5 groups, 12 officers (3 + 3 + 2 + 2 + 2), the 11 restaurants shared between them.
        string[][] shanyangOfficers = [["sy-1", "sy-2", "sy-3"], ["sy-4", "sy-5", "sy-6"], ["sy-7", "sy-8"], ["sy-9", "sy-10"], ["sy-11", "sy-12"]];
        var shanyang = new List<GroupView>();
        for (var i = 0; i < shanyangOfficers.Length; i++)
        {
            shanyang.Add(await FormGroupAsync(Manager, campaign.Id, Shanyang, Day, $"山阳区第{i + 1}检查组", shanyangOfficers[i]));
        }

        for (var i = 0; i < ShanyangRestaurants.Length; i++)
        {
            var group = shanyang[i % shanyang.Count];
            var name = ShanyangRestaurants[i];
            var visit = await RecordAsync(group, files[name], hour: 9 + (i / 5), failExtinguisher: name == ExpiredExtinguisher);
            Assert.Equal(name == ExpiredExtinguisher ? 1 : 0, visit.Hazards.Count);
        }

        // 解放区: 2 groups, 6 officers.
        var jiefang = new[]
        {
            await FormGroupAsync(Manager, campaign.Id, Jiefang, Day, "解放区第1检查组", "jf-1", "jf-2", "jf-3"),
            await FormGroupAsync(Manager, campaign.Id, Jiefang, Day, "解放区第2检查组", "jf-4", "jf-5", "jf-6"),
        };
        await RecordAsync(jiefang[0], files[JiefangPremises[0]], hour: 10, failExtinguisher: false);
        await RecordAsync(jiefang[1], files[JiefangPremises[1]], hour: 11, failExtinguisher: false);

        var day = new DateOnly(2023, 1, 22);
        var figures = await FiguresOnceSettledAsync(campaign.Id, f => f.Total is { Visits: 13, GroupsSent: 7, OfficersSent: 18, HazardsFound: 1, RectifiedImmediately: 1 });

        var sy = figures.Days.Single(d => d.Day == day && d.DistrictCode == Shanyang);
        Assert.Equal("山阳区", sy.DistrictName);
        Assert.Equal((5L, 12L, 11L), (sy.Figures.GroupsSent, sy.Figures.OfficersSent, sy.Figures.PremisesChecked));
        Assert.Equal((1L, 1L, 0L, 0L), (sy.Figures.HazardsFound, sy.Figures.RectifiedImmediately, sy.Figures.RectifiedLater, sy.Figures.Overdue));
        Assert.Equal(new Dictionary<string, long> { ["extinguisher"] = 1 }, sy.Figures.HazardsByType);
        var jf = figures.Days.Single(d => d.Day == day && d.DistrictCode == Jiefang);
        Assert.Equal((2L, 6L, 2L, 0L), (jf.Figures.GroupsSent, jf.Figures.OfficersSent, jf.Figures.PremisesChecked, jf.Figures.HazardsFound));
        Assert.Equal(2, figures.Days.Count);

        // The events the bureau's other systems read.
        var rectified = await fixture.Factory.Harness.PublishedAsync<HazardRectified>(e => e.CampaignId == campaign.Id);
        Assert.True(rectified.Context.Message.Immediate);
        Assert.Equal("extinguisher", rectified.Context.Message.ItemCode);
        Assert.Equal(13, fixture.Factory.Harness.PublishedNow<InspectionCompleted>(e => e.CampaignId == campaign.Id).Count);
    }

    [Fact]
    public async Task A_visit_sent_twice_from_a_flaky_phone_is_recorded_and_counted_once()
    {
        var campaign = await PlanAsync(Manager, SpringFestivalGasSafety("春节燃气安全（重复提交）"));
        var files = await RegisterPremisesAsync();
        var group = await FormGroupAsync(Manager, campaign.Id, Shanyang, Day, "山阳区复查组", "dup-1", "dup-2");
        var body = VisitBody(group, files["福满园"], hour: 15, failExtinguisher: true);

        var first = await Send(Inspector("dup-1"), group, body, "phone-42");
        var again = await Send(Inspector("dup-1"), group, body, "phone-42");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.ReadAsync<VisitView>()).Id, (await again.ReadAsync<VisitView>()).Id);
        var figures = await FiguresOnceSettledAsync(campaign.Id, f => f.Total is { Visits: 1, HazardsFound: 1, RectifiedImmediately: 1, GroupsSent: 1 });
        Assert.Equal((1L, 1L, 1L), (figures.Total.Visits, figures.Total.PremisesChecked, figures.Total.HazardsFound));
        var list = await (await Manager.GetAsync($"/api/inspection/campaigns/{campaign.Id}/visits")).ReadJsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    async Task<Dictionary<string, PremisesView>> RegisterPremisesAsync()
    {
        var imported = await Manager.ImportAsync(PremisesApi.SampleCsv);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        var files = new Dictionary<string, PremisesView>();
        foreach (var row in (await imported.ReadAsync<ImportPremises.Response>()).Rows)
        {
            var file = await (await Manager.GetAsync($"{PremisesApi.Path}/{row.PremisesId}")).ReadAsync<PremisesView>();
            files[file.Name] = file;
        }

        return files;
    }

    async Task<VisitView> RecordAsync(GroupView group, PremisesView premises, int hour, bool failExtinguisher)
    {
        var response = await Send(Inspector(group.LeaderId), group, VisitBody(group, premises, hour, failExtinguisher), $"{group.Id}-{premises.Id}");
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<VisitView>();
    }

    static Task<HttpResponseMessage> Send(HttpClient inspector, GroupView group, object body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/inspection/campaigns/{group.CampaignId}/visits") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return inspector.SendAsync(request);
    }

    /// <summary>The gas-safety checklist filled in at <paramref name="hour"/> on the day: all items pass, or the extinguisher fails and is replaced on the spot.</summary>
    static object VisitBody(GroupView group, PremisesView premises, int hour, bool failExtinguisher) => new
    {
        groupId = group.Id,
        premisesId = premises.Id,
        visitedAt = new DateTimeOffset(2023, 1, 22, hour, 0, 0, TimeSpan.FromHours(8)),
        answers = ChecklistSeed.Templates.Single(t => t.Code == ChecklistSeed.GasSafety).Items.Select(item => failExtinguisher && item.Code == "extinguisher"
            ? (object)new
            {
                itemCode = item.Code,
                result = "Fail",
                note = "灭火器已过期",
                photoRefs = new[] { "visits/extinguisher-expired.jpg" },
                rectification = new { mode = "Immediate", evidencePhotoRefs = new[] { "visits/extinguisher-replaced.jpg" } },
            }
            : new { itemCode = item.Code, result = "Pass" }),
    };

    /// <summary>The figures once the projection, which follows the events, has caught up with what the test did.</summary>
    async Task<CampaignFiguresView> FiguresOnceSettledAsync(Guid campaignId, Func<CampaignFiguresView, bool> settled) =>
        await Eventually.ReturnsAsync(
            async () => await (await Manager.GetAsync($"/api/inspection/campaigns/{campaignId}/figures")).ReadAsync<CampaignFiguresView>(),
            settled);
}
