using System.Net;
using System.Net.Http.Json;
using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Tests.Services.Inspection.ManholeCovers;

/// <summary>Covers, campaigns and repair steps for the manhole-cover service tests.</summary>
internal static class ManholeApi
{
    public const string Covers = "/api/inspection/manhole-covers";
    public const string Maintainer = "water-company";

    /// <summary>In 解放区's grid 41080200100101 (站前社区01网格).</summary>
    public static readonly object InJiefang = new { longitude = 113.23, latitude = 35.24 };

    /// <summary>In 山阳区's grid 41081100100101 (焦东路社区01网格), outside its hole.</summary>
    public static readonly object InShanyang = new { longitude = 113.262, latitude = 35.232 };

    static int _serial;

    /// <summary>A fresh code of the district and kind (小类), unique in the test run.</summary>
    public static string NextCode(string district = "410802", string kind = "01") =>
        $"{district}01{kind}{Interlocked.Increment(ref _serial):D6}";

    public static object File(string code, object? location = null, string owner = "water-group") => new
    {
        code,
        location = location ?? InJiefang,
        address = "解放区 民主路 12号",
        ownerCode = owner,
        maintainerCode = Maintainer,
        material = "DuctileIron",
        antiFallNet = false,
    };

    public static HttpClient Manager(this InspectionFixture fixture) => fixture.Factory.ClientFor("manager-1", Roles.CampaignManager);

    public static HttpClient Inspector(this InspectionFixture fixture) => fixture.Factory.ClientFor("inspector-1", Roles.Inspector);

    public static HttpClient Dispatcher(this InspectionFixture fixture) => fixture.Factory.ClientFor("dispatcher-1", Roles.Dispatcher);

    public static HttpClient MaintainerHandler(this InspectionFixture fixture) => fixture.Factory.DepartmentClient("handler-1", Maintainer);

    public static async Task<CoverView> RegisterAsync(this InspectionFixture fixture, string? code = null, object? location = null)
    {
        var response = await fixture.Manager().PostAsJsonAsync(Covers, File(code ?? NextCode(), location));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<CoverView>();
    }

    public static async Task<DefectView> ReportAsync(this InspectionFixture fixture, string code, string type = "broken", Guid? campaignId = null)
    {
        var response = await fixture.Inspector().PostAsJsonAsync($"{Covers}/{code}/defects", new { type, campaignId, photoRefs = new[] { "defect.jpg" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<DefectView>();
    }

    public static Task<HttpResponseMessage> StepAsync(this HttpClient client, DefectView defect, string step, object? body = null) =>
        client.PostAsJsonAsync($"{Covers}/{defect.CoverCode}/defects/{defect.Id}/{step}", body ?? new { });

    /// <summary>Assigned, started, completed and verified: rectified.</summary>
    public static async Task RectifyAsync(this InspectionFixture fixture, DefectView defect)
    {
        await Ok(fixture.Dispatcher().StepAsync(defect, "assign", new { dueAt = DateTimeOffset.UtcNow.AddHours(2) }));
        await Ok(fixture.MaintainerHandler().StepAsync(defect, "start"));
        await Ok(fixture.MaintainerHandler().StepAsync(defect, "complete", new { photoRefs = new[] { "after.jpg" } }));
        await Ok(fixture.Inspector().StepAsync(defect, "verify"));
    }

    public static async Task<DefectView> Ok(Task<HttpResponseMessage> step)
    {
        var response = await step;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<DefectView>();
    }

    /// <summary>
    /// A campaign saved through the store (the campaigns API is another module's): by default of manhole
    /// covers, in 解放区 and 山阳区, running from yesterday to tomorrow in the city.
    /// </summary>
    public static async Task<Campaign> PlanAsync(
        this InspectionFixture fixture, InspectionType type = InspectionType.ManholeCovers, string[]? districts = null, int startOffset = -1, int endOffset = 1)
    {
        var services = fixture.Factory.Services;
        var today = services.GetRequiredService<CityClock>().Today;
        var campaign = Campaign.Plan(new CampaignPlan("井盖专项整治", type, SpecialAction.PublicSafety, today.AddDays(startOffset), today.AddDays(endOffset),
            districts ?? ["410802", "410811"], ChecklistSeed.ManholeCovers, 1, null), "manager-1", TimeProvider.System);
        await services.GetRequiredService<ICampaignStore>().SaveCampaignAsync(campaign, default);
        return campaign;
    }
}
