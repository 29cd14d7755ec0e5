using System.Net;
using System.Net.Http.Json;
using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection.Campaigns;

/// <summary>The requests a campaign manager sends, as a client sends them.</summary>
internal static class CampaignRequests
{
    public const string Shanyang = "410811";
    public const string Jiefang = "410802";

    public static object SpringFestivalGasSafety(string name = "2023 春节燃气安全专项检查", string? escalation = null) => new
    {
        name,
        inspectionType = "GasSafety",
        specialAction = "PublicSafety",
        startDate = "2023-01-21",
        endDate = "2023-01-27",
        districtCodes = new[] { Shanyang, Jiefang },
        checklistCode = "gas-safety",
        escalationCategoryCode = escalation,
    };

    public static async Task<CampaignView> PlanAsync(HttpClient manager, object? plan = null)
    {
        var response = await manager.PostAsJsonAsync("/api/inspection/campaigns", plan ?? SpringFestivalGasSafety());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CampaignView>();
    }

    public static async Task<GroupView> FormGroupAsync(HttpClient manager, Guid campaignId, string district, string day, string name, params string[] officers)
    {
        var response = await manager.PostAsJsonAsync($"/api/inspection/campaigns/{campaignId}/groups",
            new { districtCode = district, day, name, leaderId = officers[0], officerIds = officers });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<GroupView>();
    }
}
