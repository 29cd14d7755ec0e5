using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

/// <summary>What recording a visit refuses, who may record and read it, and a hazard followed to its re-inspection (回头看).</summary>
public sealed class VisitRecordingTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    HttpClient Manager => fixture.Factory.ClientFor("manager-1", Roles.CampaignManager);

    HttpClient Inspector(string userId) => fixture.Factory.ClientFor(userId, Roles.Inspector);

    static readonly IReadOnlyList<ChecklistItem> GasItems = ChecklistSeed.Templates.Single(t => t.Code == ChecklistSeed.GasSafety).Items;

    async Task<(GroupView Group, PremisesView Premises)> SetUpAsync(string officer, string name = "福满园")
    {
        var campaign = await PlanAsync(Manager);
        var group = await FormGroupAsync(Manager, campaign.Id, Shanyang, "2023-01-22", $"{officer} 的检查组", officer);
        var premises = await Manager.RegisterAsync(PremisesApi.Restaurant($"{name}-{officer}"));
        return (group, premises);
    }

    static Dictionary<string, object?> Visit(GroupView group, PremisesView premises, IEnumerable<object>? answers = null, DateTimeOffset? visitedAt = null) => new()
    {
        ["groupId"] = group.Id,
        ["premisesId"] = premises.Id,
        ["visitedAt"] = visitedAt ?? new DateTimeOffset(2023, 1, 22, 10, 0, 0, TimeSpan.FromHours(8)),
        ["answers"] = answers ?? GasItems.Select(i => (object)new { itemCode = i.Code, result = "Pass" }),
    };

    static IEnumerable<object> PassingExcept(string item, object failed) =>
        GasItems.Select(i => i.Code == item ? failed : new { itemCode = i.Code, result = "Pass" });

    static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJsonAsync()).GetProperty("errors");
    }

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, GroupView group, object body) =>
        await client.PostAsJsonAsync($"/api/inspection/campaigns/{group.CampaignId}/visits", body);

    [Fact]
    public async Task A_visit_outside_the_campaigns_period_or_on_another_day_than_its_group_is_refused()
    {
        var (group, premises) = await SetUpAsync("bad-day-1");

        var outside = await ErrorsOf(await PostAsync(Inspector("bad-day-1"), group, Visit(group, premises, visitedAt: new DateTimeOffset(2023, 2, 10, 10, 0, 0, TimeSpan.FromHours(8)))));
        var otherDay = await ErrorsOf(await PostAsync(Inspector("bad-day-1"), group, Visit(group, premises, visitedAt: new DateTimeOffset(2023, 1, 23, 10, 0, 0, TimeSpan.FromHours(8)))));
        var future = await ErrorsOf(await PostAsync(Inspector("bad-day-1"), group, Visit(group, premises, visitedAt: DateTimeOffset.UtcNow.AddDays(1))));

        Assert.Contains("outside campaign", outside.GetProperty("visitedAt")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("works on 2023-01-22", otherDay.GetProperty("visitedAt")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("future", future.GetProperty("visitedAt")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visit_is_checked_against_the_checklist_version_its_campaign_was_planned_with()
    {
        var admin = fixture.Factory.ClientFor("admin-1", Roles.Administrator);
        static object Version(int read, params string[] items) => new
        {
            version = read,
            name = "燃气安全检查表（试行）",
            inspectionType = "GasSafety",
            items = items.Select(code => new { code, text = code, severity = "General", legalBasis = "" }),
        };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/inspection/checklists/gas-pilot", Version(0, "extinguisher", "ventilation"))).StatusCode);
        var campaign = await PlanAsync(Manager, new
        {
            name = "燃气安全试点",
            inspectionType = "GasSafety",
            specialAction = "PublicSafety",
            startDate = "2023-01-21",
            endDate = "2023-01-27",
            districtCodes = new[] { Shanyang },
            checklistCode = "gas-pilot",
        });
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/inspection/checklists/gas-pilot", Version(1, "leak-alarm"))).StatusCode);
        var group = await FormGroupAsync(Manager, campaign.Id, Shanyang, "2023-01-22", "试点组", "pinned-1");
        var premises = await Manager.RegisterAsync(PremisesApi.Restaurant("试点饭店"));

        var recorded = await PostAsync(Inspector("pinned-1"), group, Visit(group, premises,
            new[] { "extinguisher", "ventilation" }.Select(code => (object)new { itemCode = code, result = "Pass" })));

        Assert.True(recorded.StatusCode == HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var visit = await recorded.ReadAsync<VisitView>();
        Assert.Equal(("gas-pilot", 1, 2), (visit.ChecklistCode, visit.ChecklistVersion, visit.Answers.Count));
    }

    [Fact]
    public async Task Premises_outside_the_campaigns_districts_are_refused()
    {
        var (group, _) = await SetUpAsync("bad-district-1");
        var elsewhere = await Manager.RegisterAsync(PremisesApi.Restaurant("中站区饭店").With("location", null).With("districtCode", "410803"));

        var errors = await ErrorsOf(await PostAsync(Inspector("bad-district-1"), group, Visit(group, elsewhere)));

        Assert.Contains(errors.GetProperty("premisesId").EnumerateArray(), e => e.GetString()!.Contains("does not cover", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_answer_for_an_item_not_in_the_checklist_and_a_missing_item_are_refused()
    {
        var (group, premises) = await SetUpAsync("bad-item-1");
        var answers = GasItems.Skip(1).Select(i => (object)new { itemCode = i.Code, result = "Pass" }).Append(new { itemCode = "no-such-item", result = "Pass" });

        var errors = await ErrorsOf(await PostAsync(Inspector("bad-item-1"), group, Visit(group, premises, answers)));

        Assert.True(errors.TryGetProperty("answers[9].itemCode", out _), errors.ToString());
        Assert.Contains(GasItems[0].Code, errors.GetProperty("answers")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rectification_deadline_in_the_past_or_an_on_the_spot_fix_without_evidence_is_refused()
    {
        var (group, premises) = await SetUpAsync("bad-order-1");

        var past = await ErrorsOf(await PostAsync(Inspector("bad-order-1"), group, Visit(group, premises, PassingExcept("metal-hose",
            new { itemCode = "metal-hose", result = "Fail", rectification = new { mode = "ByDeadline", dueAt = DateTimeOffset.UtcNow.AddHours(-1) } }))));
        var noEvidence = await ErrorsOf(await PostAsync(Inspector("bad-order-1"), group, Visit(group, premises, PassingExcept("extinguisher",
            new { itemCode = "extinguisher", result = "Fail", rectification = new { mode = "Immediate" } }))));
        var noOrder = await ErrorsOf(await PostAsync(Inspector("bad-order-1"), group, Visit(group, premises, PassingExcept("extinguisher",
            new { itemCode = "extinguisher", result = "Fail" }))));

        Assert.True(past.TryGetProperty("answers[4].rectification.dueAt", out _), past.ToString());
        Assert.True(noEvidence.TryGetProperty("answers[7].rectification.evidencePhotoRefs", out _), noEvidence.ToString());
        Assert.True(noOrder.TryGetProperty("answers[7].rectification.mode", out _), noOrder.ToString());
        var visits = await (await Manager.GetAsync($"/api/inspection/campaigns/{group.CampaignId}/visits")).ReadJsonAsync();
        Assert.Equal(0, visits.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Only_the_groups_officers_record_its_visits_and_inspectors_read_only_their_own_groups()
    {
        var (group, premises) = await SetUpAsync("own-1");
        var other = await FormGroupAsync(Manager, group.CampaignId, Shanyang, "2023-01-22", "另一组", "own-2");

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Inspector("own-2"), group, Visit(group, premises))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(Manager, group, Visit(group, premises))).StatusCode);
        var recorded = await PostAsync(Inspector("own-1"), group, Visit(group, premises));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var visit = await recorded.ReadAsync<VisitView>();

        Assert.Equal(HttpStatusCode.Forbidden, (await Inspector("own-2").GetAsync($"/api/inspection/campaigns/{group.CampaignId}/visits/{visit.Id}")).StatusCode);
        var theirs = await (await Inspector("own-2").GetAsync($"/api/inspection/campaigns/{other.CampaignId}/visits")).ReadJsonAsync();
        Assert.Equal(0, theirs.GetProperty("total").GetInt32());
        var notTheirGroup = await (await Inspector("own-2").GetAsync($"/api/inspection/campaigns/{other.CampaignId}/visits?groupId={group.Id}")).ReadJsonAsync();
        Assert.Equal(0, notTheirGroup.GetProperty("total").GetInt32());
        var groupsVisits = await (await Manager.GetAsync($"/api/inspection/campaigns/{group.CampaignId}/visits?groupId={group.Id}")).ReadJsonAsync();
        Assert.Equal(1, groupsVisits.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.ClientFor("lead-1", Roles.ShiftLead).GetAsync($"/api/inspection/campaigns/{group.CampaignId}/visits/{visit.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_hazard_ordered_by_a_deadline_is_closed_by_a_reinspection_and_counted_as_rectified_later()
    {
        var (group, premises) = await SetUpAsync("later-1");
        var recorded = await PostAsync(Inspector("later-1"), group, Visit(group, premises, PassingExcept("metal-hose",
            new { itemCode = "metal-hose", result = "Fail", note = "软管有接头", rectification = new { mode = "ByDeadline", dueAt = DateTimeOffset.UtcNow.AddDays(3) } })));
        Assert.True(recorded.StatusCode == HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var visit = await recorded.ReadAsync<VisitView>();
        var hazard = Assert.Single(visit.Hazards);
        Assert.Equal(HazardStatus.AwaitingRectification, hazard.Status);
        var open = await (await Manager.GetAsync($"/api/inspection/campaigns/{group.CampaignId}/visits?openHazards=true")).ReadJsonAsync();
        Assert.Equal(1, open.GetProperty("total").GetInt32());

        var path = $"/api/inspection/campaigns/{group.CampaignId}/visits/{visit.Id}/hazards/{hazard.Id}/reinspections";
        var unproven = await Inspector("later-1").PostAsJsonAsync(path, new { rectified = true });
        Assert.Equal(HttpStatusCode.BadRequest, unproven.StatusCode);
        var closed = await Inspector("later-1").PostAsJsonAsync(path, new { rectified = true, note = "已更换", photoRefs = new[] { "hose-new.jpg" } });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HazardStatus.Rectified, (await closed.ReadAsync<VisitView>()).Hazards[0].Status);
        var again = await Inspector("later-1").PostAsJsonAsync(path, new { rectified = true, photoRefs = new[] { "hose-new.jpg" } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.StartsWith("Rectified", (await again.ReadJsonAsync()).GetProperty("currentState").GetString(), StringComparison.Ordinal);

        var figures = await Eventually.ReturnsAsync(
            async () => await (await Manager.GetAsync($"/api/inspection/campaigns/{group.CampaignId}/figures")).ReadAsync<CampaignFiguresView>(),
            f => f.Total.RectifiedLater == 1);
        Assert.Equal((1L, 0L), (figures.Total.HazardsFound, figures.Total.RectifiedImmediately));
    }

    [Fact]
    public async Task Campaigns_groups_and_visits_survive_a_restart()
    {
        using var data = new TempDirectory();
        Guid campaignId;
        Guid visitId;
        using (var first = new ServiceFactory<DigitalCity.Inspection.Host.InspectionHost>(data.Path))
        {
            var manager = first.ClientFor("manager-1", Roles.CampaignManager);
            var campaign = await PlanAsync(manager);
            var group = await FormGroupAsync(manager, campaign.Id, Shanyang, "2023-01-22", "山阳一组", "restart-1");
            var premises = await manager.RegisterAsync(PremisesApi.Restaurant("老婆烩面-restart"));
            var response = await first.ClientFor("restart-1", Roles.Inspector).PostAsJsonAsync($"/api/inspection/campaigns/{campaign.Id}/visits", Visit(group, premises));
            (campaignId, visitId) = (campaign.Id, (await response.ReadAsync<VisitView>()).Id);
        }

        using var second = new ServiceFactory<DigitalCity.Inspection.Host.InspectionHost>(data.Path);
        var reader = second.ClientFor("operator-1", Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/inspection/campaigns/{campaignId}")).StatusCode);
        var visit = await (await reader.GetAsync($"/api/inspection/campaigns/{campaignId}/visits/{visitId}")).ReadAsync<VisitView>();
        Assert.Equal(10, visit.Answers.Count);
    }
}
