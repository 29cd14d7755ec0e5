using System.Net.Http.Json;
using System.Text.Json;

namespace DigitalCity.Tests.Integration;

/// <summary>What a client sends and reads, without referencing the services' own types.</summary>
public static class Api
{
    public static object Report(string category) => new
    {
        categoryCode = category,
        location = new { longitude = 113.2418, latitude = 35.2159 },
        address = "解放区 民主路 12号",
        description = "路边暴露垃圾",
        photoRefs = new[] { "before.jpg" },
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ReportAsync(this HttpClient officer, string category)
    {
        var response = await officer.PostAsJsonAsync("/api/inspection/cases", Report(category));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>A shift lead files the case (立案) and a dispatcher sends it to <paramref name="department"/> (派遣), through the gateway.</summary>
    public static async Task<JsonElement> FileAndDispatchAsync(this DistributedSystem system, string caseId, string department = "sanitation")
    {
        var lead = system.ClientFor("lead-1", DigitalCity.ServiceDefaults.Security.Roles.ShiftLead);
        var dispatcher = system.ClientFor("dispatcher-1", DigitalCity.ServiceDefaults.Security.Roles.Dispatcher);
        await (await lead.PostAsJsonAsync($"/api/inspection/cases/{caseId}/file", new { urgency = "Normal" })).JsonAsync();
        return await (await dispatcher.PostAsJsonAsync($"/api/inspection/cases/{caseId}/dispatch",
            new { departments = new[] { new { department, handlingLimit = "4 WorkingHours" } } })).JsonAsync();
    }

    public static async Task<JsonElement?> TaskForCaseAsync(this HttpClient staff, string caseId)
    {
        var page = await (await staff.GetAsync("/api/sanitation/tasks?pageSize=100")).JsonAsync();
        return page.GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("caseId").GetString() == caseId)
            .Select(t => (JsonElement?)t)
            .FirstOrDefault();
    }
}
