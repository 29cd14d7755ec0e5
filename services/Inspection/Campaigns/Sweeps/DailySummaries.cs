using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;

namespace DigitalCity.Inspection.Campaigns.Sweeps;

/// <summary>
/// Publishes <c>DailyInspectionSummary</c> once for every campaign, district and city day with figures,
/// <see cref="CampaignSweepOptions.SummaryDelay"/> after that day has ended, looking back
/// <see cref="CampaignSweepOptions.SummaryLookbackDays"/> days. Figures that arrive after the summary
/// (a visit uploaded days late) are in the figures API but not in the published summary.
/// </summary>
public sealed class DailySummaries(ICampaignStore campaigns, ICampaignFigureStore figures, CityClock city, CampaignSweepOptions options, TimeProvider time)
{
    /// <summary>One pass; returns how many summaries it published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var lastEnded = city.DayOf(time.GetUtcNow() - options.SummaryDelay).AddDays(-1);
        var days = await figures.ActiveDaysAsync(lastEnded.AddDays(1 - options.SummaryLookbackDays), lastEnded, cancellationToken);
        var published = 0;
        foreach (var (campaignId, district, day) in days)
        {
            if (await campaigns.FindSummaryAsync(DailySummaryRecord.IdOf(campaignId, district, day), cancellationToken) is not null
                || await campaigns.FindCampaignAsync(campaignId, cancellationToken) is not { } campaign)
            {
                continue;
            }

            var counts = await figures.CountAsync(campaignId, day, day, district, cancellationToken);
            try
            {
                await campaigns.SaveSummaryAsync(DailySummaryRecord.Publish(campaign, district, day, CampaignFigures.Of(counts), time), cancellationToken);
                published++;
            }
            catch (DuplicateKeyException)
            {
                // Another replica published it first.
            }
        }

        return published;
    }
}
