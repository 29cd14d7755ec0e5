using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Inspection.Campaigns.Sweeps;

/// <summary>The campaigns' background work, every <see cref="CampaignSweepOptions.Interval"/>: overdue rectifications, then daily summaries.</summary>
public sealed partial class CampaignSweep(
    OverdueRectifications overdue,
    DailySummaries summaries,
    CampaignSweepOptions options,
    TimeProvider time,
    ILogger<CampaignSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, time);
        do
        {
            try
            {
                await overdue.SweepOnceAsync(stoppingToken);
                await summaries.PublishDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The campaign sweep failed; it runs again at the next interval")]
    partial void LogSweepFailed(Exception exception);
}
