using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Inspection.Campaigns.Figures;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>How long after the last response the projection had every visit, hazard and on-the-spot fix; events left in the outbox; and the district-days checked.</summary>
sealed record FiguresVerdict(TimeSpan CaughtUp, long PendingEvents, int Checked, IReadOnlyList<string> Wrong)
{
    public bool Right => PendingEvents == 0 && Checked > 0 && Wrong.Count == 0;
}

/// <summary>
/// After the rounds: waits (polling the figures API, with a deadline) until the projection that follows
/// the visit events has counted everything the benchmark recorded, then compares every district-day's
/// figures with the benchmark's own tally and the groups it formed.
/// </summary>
static class FiguresCheck
{
    /// <summary>Longer than any projection lag seen; past it, events were lost.</summary>
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<FiguresVerdict> VerifyAsync(BenchmarkHost host, HttpClient manager, SetUpCampaign campaign, VisitTally tally, CancellationToken cancellationToken)
    {
        var afterLast = Stopwatch.StartNew();
        var figures = await FiguresAsync(manager, campaign.Id, cancellationToken);
        while (figures.Total.Visits != tally.Visits || figures.Total.HazardsFound != tally.Hazards || figures.Total.RectifiedImmediately != tally.FixedOnTheSpot)
        {
            if (afterLast.Elapsed > Patience)
            {
                throw new TimeoutException(
                    $"After {Patience} the figures count {figures.Total.Visits:N0} visits, {figures.Total.HazardsFound:N0} hazards, {figures.Total.RectifiedImmediately:N0} fixed on the spot; the benchmark recorded {tally.Visits:N0}, {tally.Hazards:N0}, {tally.FixedOnTheSpot:N0}.");
            }

            await Task.Delay(PollInterval, cancellationToken);
            figures = await FiguresAsync(manager, campaign.Id, cancellationToken);
        }

        var caughtUp = afterLast.Elapsed;
        var pending = await host.PendingEventsAsync(cancellationToken);
        while (pending > 0 && afterLast.Elapsed < Patience)
        {
            await Task.Delay(PollInterval, cancellationToken);
            pending = await host.PendingEventsAsync(cancellationToken);
        }

        var (checkedCount, wrong) = Compare(await FiguresAsync(manager, campaign.Id, cancellationToken), campaign, tally);
        return new FiguresVerdict(caughtUp, pending, checkedCount, wrong);
    }

    static (int Checked, List<string> Wrong) Compare(CampaignFiguresView figures, SetUpCampaign campaign, VisitTally tally)
    {
        var wrong = new List<string>();
        var byDay = figures.Days.ToDictionary(d => (d.DistrictCode, d.Day));
        var checkedCount = 0;
        foreach (var day in campaign.Days)
        {
            foreach (var district in CampaignSetup.Districts)
            {
                var groups = campaign.Groups.Where(g => g.DistrictCode == district && g.Day == day).ToList();
                var expected = tally.Of(district, day);
                var actual = byDay.TryGetValue((district, day), out var f) ? f.Figures : null;
                (string Name, long Expected, long Actual)[] checks =
                [
                    ("visits", expected.Visits, actual?.Visits ?? 0),
                    ("premises-days", expected.PremisesDays, actual?.PremisesChecked ?? 0),
                    ("hazards", expected.Hazards, actual?.HazardsFound ?? 0),
                    ("rectified on the spot", expected.FixedOnTheSpot, actual?.RectifiedImmediately ?? 0),
                    ("groups", groups.Count, actual?.GroupsSent ?? 0),
                    ("officers", groups.SelectMany(g => g.OfficerIds).Distinct(StringComparer.Ordinal).Count(), actual?.OfficersSent ?? 0),
                ];
                foreach (var (name, want, got) in checks)
                {
                    checkedCount++;
                    if (want != got)
                    {
                        wrong.Add($"{district} {day:yyyy-MM-dd} {name}: {got:N0} from the API, {want:N0} recorded");
                    }
                }
            }
        }

        return (checkedCount, wrong);
    }

    static async Task<CampaignFiguresView> FiguresAsync(HttpClient manager, Guid campaignId, CancellationToken cancellationToken)
    {
        using var response = await manager.GetAsync(new Uri($"/api/inspection/campaigns/{campaignId}/figures", UriKind.Relative), cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? (await response.Content.ReadFromJsonAsync<CampaignFiguresView>(Json, cancellationToken))!
            : throw new InvalidOperationException($"GET figures answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }
}
