using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// Loads the place directory at startup and then, every <see cref="PlacesOptions.ReloadInterval"/>, picks up
/// imports other replicas saved (one cheap "latest import number" query per tick). A replica therefore
/// places reports in newly imported grids at most one interval after the import. A store that is down
/// only delays this: the failure is logged and the next tick tries again.
/// </summary>
public sealed partial class PlaceDirectoryReloader(
    PlaceDirectoryProvider provider,
    PlacesOptions options,
    TimeProvider time,
    ILogger<PlaceDirectoryReloader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ReloadInterval, time);
        do
        {
            try
            {
                if (await provider.ReloadIfChangedAsync(stoppingToken))
                {
                    LogReloaded((await provider.GetSnapshotAsync(stoppingToken)).ImportNumber);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogReloadFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Place directory loaded up to grid import {ImportNumber}.")]
    partial void LogReloaded(long importNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading the place directory failed; the current one stays in use until the next try.")]
    partial void LogReloadFailed(Exception exception);
}
