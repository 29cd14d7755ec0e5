using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalCity.ServiceDefaults.Sweeps;

/// <summary>
/// A background pass run every <c>interval</c> on the injected clock — the deadline sweep, the campaigns'
/// sweep — that keeps its <see cref="Status"/> for <see cref="SweepHealthCheck{TSweep}"/>. A failed pass is
/// logged and tried again at the next interval.
/// </summary>
public abstract partial class PeriodicSweep(string name, TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundService
{
    SweepStatus _status = new(time.GetUtcNow(), null, null, interval);

    /// <summary>When this replica's sweep last finished a pass, its last error, and when it started: for its health check.</summary>
    public SweepStatus Status => Volatile.Read(ref _status);

    /// <summary>The clock the sweep runs on, for the passes' own "now".</summary>
    protected TimeProvider Time => time;

    /// <summary>One pass of the sweep.</summary>
    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await RunPassAsync(stoppingToken);
                Volatile.Write(ref _status, Status with { LastCompletedAt = time.GetUtcNow(), LastError = null });
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Volatile.Write(ref _status, Status with { LastError = ex.Message });
                LogPassFailed(ex, name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Sweep} failed; it runs again at the next interval")]
    partial void LogPassFailed(Exception ex, string sweep);
}
