using DigitalCity.ServiceDefaults.Sweeps;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Sanitation.Clearance;

/// <summary>Judges the collection points' days every <see cref="ClearanceOptions.SweepInterval"/> (<see cref="ClearanceJudge"/>).</summary>
public sealed class ClearanceSweep(ClearanceJudge judge, ClearanceOptions options, TimeProvider time, ILogger<ClearanceSweep> logger)
    : PeriodicSweep("daily clearance sweep", options.SweepInterval, time, logger)
{
    protected override Task RunPassAsync(CancellationToken cancellationToken) => judge.JudgeDueAsync(cancellationToken);
}
