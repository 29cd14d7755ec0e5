using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Sweeps;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Inspection.Campaigns.Sweeps;

/// <summary>The campaigns' background work, every <see cref="CampaignSweepOptions.Interval"/>: overdue rectifications, then daily summaries.</summary>
public sealed class CampaignSweep(
    OverdueRectifications overdue,
    DailySummaries summaries,
    CampaignSweepOptions options,
    TimeProvider time,
    ILogger<CampaignSweep> logger) : PeriodicSweep("campaign sweep", options.Interval, time, logger)
{
    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        await overdue.SweepOnceAsync(cancellationToken);
        await summaries.PublishDueAsync(cancellationToken);
    }
}
