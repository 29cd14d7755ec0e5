using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalCity.Tests.Services.Support;

/// <summary>Reading API responses the way a client does: web JSON with enums as strings.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<T>(Json);
        return body ?? throw new InvalidOperationException("Empty response body.");
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    public static object ValidReport(string category = "E0102") => new
    {
        categoryCode = category,
        location = new { longitude = 113.2418, latitude = 35.2159 },
        address = "解放区 民主路 12号",
        description = "路边暴露垃圾",
        photoRefs = new[] { "before.jpg" },
    };
}
