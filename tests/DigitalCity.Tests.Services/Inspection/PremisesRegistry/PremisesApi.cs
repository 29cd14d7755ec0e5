using System.Net.Http.Json;
using System.Text;
using DigitalCity.Inspection.Premises;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection.PremisesRegistry;

/// <summary>Requests the premises tests send.</summary>
internal static class PremisesApi
{
    public const string Path = "/api/inspection/premises";

    public static string SampleCsv => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", "premises-shanyang.csv"));

    /// <summary>A restaurant in 焦东路社区01网格 (山阳区), named so searches can find it alone.</summary>
    public static Dictionary<string, object?> Restaurant(string name, string? creditCode = null) => new()
    {
        ["name"] = name,
        ["type"] = "Restaurant",
        ["address"] = "山阳区 焦东路 128号",
        ["location"] = new { longitude = 113.2520, latitude = 35.2325 },
        ["gasSupplier"] = "焦作中裕燃气",
        ["contactName"] = "刘红梅",
        ["contactPhone"] = "17303915029",
        ["creditCode"] = creditCode,
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value) =>
        new(body) { [field] = value };

    public static async Task<PremisesView> RegisterAsync(this HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync(Path, body);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<PremisesView>();
    }

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string csv, string contentType = "text/csv") =>
        client.PostAsync($"{Path}/import", new StringContent(csv, Encoding.UTF8, contentType));
}
