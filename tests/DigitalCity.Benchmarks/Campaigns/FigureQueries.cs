using System.Globalization;
using DigitalCity.Benchmarks.Intake;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Inspection.Campaigns.Figures;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// The figures queries measured once the projection holds every visit, with their baselines: the
/// host's <c>/health/live</c> (HTTP and token floor) and <see cref="ICampaignFigureStore.CountAsync"/>
/// of the whole campaign alone (the counter rows, without HTTP, grouping or JSON). Inputs are drawn
/// before the clock starts, from a fixed seed.
/// </summary>
static class FigureQueries
{
    public const string Floor = "GET /health/live";
    public const string Store = "ICampaignFigureStore.CountAsync";
    public const string Whole = "figures, whole campaign";
    public const string DistrictDay = "figures, one district-day";

    /// <summary>The two the target is about.</summary>
    public static IReadOnlyList<string> Targeted { get; } = [Whole, DistrictDay];

    public static (string Name, Func<int, CancellationToken, Task<string?>> Operation)[] Scenarios(HttpClient manager, ICampaignFigureStore store, SetUpCampaign campaign, int count)
    {
        var random = new Random(2_026);
        var days = campaign.Days.ToArray();
        var url = $"/api/inspection/campaigns/{campaign.Id}/figures";
        var whole = Enumerable.Repeat(new Uri(url, UriKind.Relative), count).ToArray();
        var oneDay = Enumerable.Range(0, count).Select(_ =>
        {
            var day = days[random.Next(days.Length)].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var district = CampaignSetup.Districts[random.Next(CampaignSetup.Districts.Count)];
            return new Uri($"{url}?from={day}&to={day}&district={district}", UriKind.Relative);
        }).ToArray();
        return
        [
            (Floor, new HealthScenario(manager).Prepare(0, count)),
            (Store, async (_, cancellationToken) =>
            {
                var counts = await store.CountAsync(campaign.Id, campaign.StartDate, campaign.EndDate, null, cancellationToken);
                return counts.Count > 0 ? null : "no counter rows for the campaign";
            }),
            (Whole, HttpGets.Ok(manager, whole)),
            (DistrictDay, HttpGets.Ok(manager, oneDay)),
        ];
    }
}
