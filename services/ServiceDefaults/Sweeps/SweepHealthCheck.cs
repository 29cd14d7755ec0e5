using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalCity.ServiceDefaults.Sweeps;

/// <summary>
/// A sweep (亮灯巡检, the campaigns' overdue sweep) in <c>/health/ready</c>: degraded (still ready, HTTP 200) when
/// this replica's sweep has not finished a pass for three intervals, naming its last error, so a stalled sweep is
/// visible without taking the replica out of service — the API works without it, and another replica's sweep may
/// cover the work.
/// </summary>
public sealed class SweepHealthCheck<TSweep>(TSweep sweep, TimeProvider time) : IHealthCheck
    where TSweep : PeriodicSweep
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = sweep.Status;
        var now = time.GetUtcNow();
        if (!status.IsStalled(now))
        {
            return Task.FromResult(HealthCheckResult.Healthy(status.LastCompletedAt is { } at
                ? $"Last pass finished at {at:O}."
                : "The first pass has not finished yet."));
        }

        var since = status.LastCompletedAt is { } last ? $"since {last:O}" : $"since the start at {status.StartedAt:O}";
        return Task.FromResult(HealthCheckResult.Degraded(
            $"No pass has finished {since} (interval {status.Interval}).{(status.LastError is { } error ? $" Last error: {error}" : "")}"));
    }
}
