using DigitalCity.Sanitation.Maintenance.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Sweeps;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>
/// 工单超期 — every <see cref="MaintenanceOptions.SweepInterval"/>, flags the open work orders past their due instant
/// as overdue, raising <c>MaintenanceOrderOverdue</c> with the flag in one optimistic save, so each order is flagged
/// once even when replicas sweep together.
/// </summary>
public sealed class MaintenanceSweep(IMaintenanceOrderStore store, MaintenanceOptions options, TimeProvider time, ILogger<MaintenanceSweep> logger)
    : PeriodicSweep("maintenance overdue sweep", options.SweepInterval, time, logger)
{
    /// <summary>One pass; returns how many orders it flagged.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var flagged = 0;
        while (true)
        {
            var due = await store.FindDueAsync(Time.GetUtcNow(), options.SweepPageSize, cancellationToken);
            var progress = 0;
            foreach (var order in due.Where(o => o.MarkOverdue(Time)))
            {
                try
                {
                    await store.SaveAsync(order, cancellationToken);
                    progress++;
                }
                catch (ConcurrencyConflictException)
                {
                    // Another replica flagged it, or it was completed meanwhile: the next pass sees the result.
                }
            }

            flagged += progress;
            if (due.Count < options.SweepPageSize || progress == 0)
            {
                return flagged;
            }
        }
    }

    protected override Task RunPassAsync(CancellationToken cancellationToken) => SweepOnceAsync(cancellationToken);
}
