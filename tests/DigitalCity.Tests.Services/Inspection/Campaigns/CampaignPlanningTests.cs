using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Inspection.Campaigns.CampaignRequests;

namespace DigitalCity.Tests.Services.Inspection.Campaigns;

/// <summary>Planning campaigns, their checklists and groups over the API, and what it refuses.</summary>
public sealed class CampaignPlanningTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    HttpClient Manager => fixture.Factory.ClientFor("manager-1", Roles.CampaignManager);

    [Fact]
    public async Task A_planned_campaign_keeps_the_checklist_version_of_its_day_and_is_announced()
    {
        var campaign = await PlanAsync(Manager);

        Assert.Equal(("gas-safety", 1), (campaign.ChecklistCode, campaign.ChecklistVersion));
        Assert.Equal([Jiefang, Shanyang], campaign.DistrictCodes);
        var planned = await fixture.Factory.Harness.PublishedAsync<CampaignPlanned>(e => e.CampaignId == campaign.Id);
        Assert.Equal("PublicSafety", planned.Context.Message.SpecialAction);
        var listed = await (await Manager.GetAsync("/api/inspection/campaigns?activeOn=2023-01-22")).ReadJsonAsync();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == campaign.Id);
    }

    [Fact]
    public async Task A_plan_with_unknown_districts_a_backwards_period_or_a_checklist_of_another_type_is_refused_naming_the_fields()
    {
        var response = await Manager.PostAsJsonAsync("/api/inspection/campaigns", new
        {
            name = "坏计划",
            inspectionType = "StreetOrder",
            specialAction = "LawEnforcement",
            startDate = "2023-02-01",
            endDate = "2023-01-01",
            districtCodes = new[] { "999999" },
            checklistCode = "gas-safety",
            escalationCategoryCode = "E9999",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "endDate", "districtCodes", "checklistCode", "escalationCategoryCode" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task A_group_outside_the_campaigns_period_or_districts_is_refused()
    {
        var campaign = await PlanAsync(Manager);

        var response = await Manager.PostAsJsonAsync($"/api/inspection/campaigns/{campaign.Id}/groups",
            new { districtCode = "410803", day = "2023-02-01", name = "中站一组", leaderId = "officer-9", officerIds = new[] { "officer-9" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("districtCode", out _));
        Assert.True(errors.TryGetProperty("day", out _));
    }

    [Fact]
    public async Task Inspectors_and_operators_read_campaigns_but_only_campaign_managers_plan_them()
    {
        var inspector = fixture.Factory.ClientFor("inspector-1", Roles.Inspector);
        var officer = fixture.Factory.ClientFor("officer-1", Roles.GridOfficer);

        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsJsonAsync("/api/inspection/campaigns", SpringFestivalGasSafety())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/inspection/campaigns")).StatusCode);
        var campaign = await PlanAsync(Manager);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/api/inspection/campaigns/{campaign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.ClientFor("operator-1", Roles.Operator).GetAsync($"/api/inspection/campaigns/{campaign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/api/inspection/campaigns/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_checklist_edit_adds_a_version_and_a_stale_edit_is_a_conflict()
    {
        var admin = fixture.Factory.ClientFor("admin-1", Roles.Administrator);
        var edit = new
        {
            version = 0,
            name = "户外广告安全检查表",
            inspectionType = "Other",
            items = new[] { new { code = "signboard-loose", text = "招牌松动", severity = "Major", legalBasis = "《城市市容和环境卫生管理条例》" } },
        };

        var first = await admin.PutAsJsonAsync("/api/inspection/checklists/signboards", edit);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await first.ReadAsync<ChecklistTemplate>()).Version);
        var stale = await admin.PutAsJsonAsync("/api/inspection/checklists/signboards", edit);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var second = await admin.PutAsJsonAsync("/api/inspection/checklists/signboards", edit with { version = 1 });
        Assert.Equal(2, (await second.ReadAsync<ChecklistTemplate>()).Version);
        Assert.Equal(1, (await (await Manager.GetAsync("/api/inspection/checklists/signboards?version=1")).ReadAsync<ChecklistTemplate>()).Version);
        await fixture.Factory.Harness.PublishedAsync<ChecklistChanged>(e => e.Code == "signboards" && e.Version == 2);
    }

    [Fact]
    public async Task The_seeded_gas_safety_checklist_has_the_items_of_the_domain_notes()
    {
        var gas = await (await Manager.GetAsync("/api/inspection/checklists/gas-safety")).ReadAsync<ChecklistTemplate>();

        Assert.Equal(InspectionType.GasSafety, gas.InspectionType);
        Assert.Contains(gas.Items, i => i.Code == "extinguisher");
        Assert.Contains(gas.Items, i => i.Code == "leak-alarm" && i.Severity == HazardSeverity.Serious);
        Assert.Equal(10, gas.Items.Count);
    }
}
