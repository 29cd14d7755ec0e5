using System.Net;
using System.Net.Http.Json;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Sanitation.Cleaning.Plans.PlanRequest;

namespace DigitalCity.Tests.Services.Sanitation.Cleaning;

/// <summary>The road cleaning API as the tests call it, with a plan of 人民路 and its Spring Festival override.</summary>
internal static class CleaningRequests
{
    public const string Plans = "/api/sanitation/cleaning-plans";

    public static readonly DateOnly NewYearsDay = new(2023, 1, 22);

    /// <summary>The first regular working day after the Spring Festival break.</summary>
    public static readonly DateOnly Workday = new(2023, 1, 30);

    /// <summary>A segment code no other test uses.</summary>
    public static string NewSegment(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>
    /// 人民路: machine sweeping twice a day (05:00-07:00, 14:00-16:00) by crew-1, washing once (04:00-05:00) by
    /// crew-2, manual sweeping twice (06:00-12:00, 12:00-18:00) by crew-3; over 春节 (2023-01-21..27) machine
    /// sweeping four times and manual sweeping three times, in longer windows.
    /// </summary>
    public static PlanRequest RenminRoad(string segmentCode, string district = "410802") => new(
        segmentCode, "人民路", district, "解放路口", "塔南路口", 1800, RoadGrade.First, "道路见本色",
        [
            new MethodInput(CleaningMethod.MachineSweep, 2, ["05:00-07:00", "14:00-16:00"], ["crew-1"]),
            new MethodInput(CleaningMethod.Wash, 1, ["04:00-05:00"], ["crew-2"]),
            new MethodInput(CleaningMethod.ManualSweep, 2, ["06:00-12:00", "12:00-18:00"], ["crew-3"]),
        ],
        [
            new OverrideInput("春节", new DateOnly(2023, 1, 21), new DateOnly(2023, 1, 27),
            [
                new OverrideMethodInput(CleaningMethod.MachineSweep, 4, ["05:00-08:00", "11:00-13:00", "14:00-17:00", "19:00-21:00"]),
                new OverrideMethodInput(CleaningMethod.ManualSweep, 3, ["06:00-12:00", "12:00-18:00", "18:00-22:00"]),
            ]),
        ],
        null);

    public static Task<HttpResponseMessage> PostPlanAsync(this HttpClient client, PlanRequest request) => client.PostAsJsonAsync(Plans, request, Api.Json);

    public static async Task<CleaningPlanView> CreatePlanAsync(this HttpClient supervisor, PlanRequest request)
    {
        var response = await supervisor.PostPlanAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<CleaningPlanView>();
    }

    /// <summary>A city-local (UTC+8) instant on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8));

    public static Task<HttpResponseMessage> RecordRunAsync(this HttpClient staff, string segmentCode, CleaningMethod method, DateTimeOffset startedAt,
        DateTimeOffset finishedAt, string? idempotencyKey = null, string[]? photoRefs = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Plans}/{segmentCode}/runs")
        {
            Content = JsonContent.Create(new { method, startedAt, finishedAt, photoRefs = photoRefs ?? ["run.jpg"] }, options: Api.Json),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotentReplay.Header, idempotencyKey);
        }

        return staff.SendAsync(request);
    }

    /// <summary>The field names of a 400's validation problem.</summary>
    public static async Task<IReadOnlyList<string>> RefusedFieldsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return [.. (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }
}
