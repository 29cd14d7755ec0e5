using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Sweeps;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 亮灯巡检 — measures every running clock of the open cases against its deadline — each department
/// still handling a dispatched case, and the steps besides handling (verification, file+dispatch,
/// acknowledgement, re-check) — and raises <c>CaseDeadlineWarning</c> at 80 % and <c>CaseOverdue</c>
/// past 100 %, naming the step. Each alert is recorded on
/// the case with its event in one optimistic save, so replicas sweeping at the same time raise it once:
/// the loser's save conflicts and it moves on.
/// </summary>
public sealed partial class DeadlineSweep(
    ICaseStore store,
    DeadlineCalculator deadlines,
    DeadlineSweepOptions options,
    TimeProvider time,
    ILogger<DeadlineSweep> logger) : PeriodicSweep("deadline sweep", options.Interval, time, logger)
{
    protected override Task RunPassAsync(CancellationToken cancellationToken) => SweepOnceAsync(cancellationToken);

    /// <summary>The states in which a clock runs: a verification, a dispatch, handling and acknowledgements, a re-check.</summary>
    static readonly CaseStatus[] Timed = [CaseStatus.Verifying, CaseStatus.Filed, CaseStatus.Dispatched, CaseStatus.Checking];

    /// <summary>One pass over the cases whose clocks run; returns how many alerts it raised.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var raised = 0;
        var now = Time.GetUtcNow();
        foreach (var status in Timed)
        {
            for (var number = 1; ; number++)
            {
                var page = await store.ListAsync(new CaseFilter(Status: status), new PageRequest(number, options.PageSize), cancellationToken);
                foreach (var @case in page.Items)
                {
                    raised += await AlertAsync(@case, now, cancellationToken);
                }

                if (page.Items.Count < options.PageSize)
                {
                    break;
                }
            }
        }

        return raised;
    }

    async Task<int> AlertAsync(Case @case, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raised = 0;
        foreach (var assignment in @case.Assignments.Where(a => a.Status == AssignmentStatus.Processing).ToList())
        {
            if (@case.DeadlineOf(assignment) is { } deadline
                && @case.RecordDeadline(assignment.DepartmentCode, deadlines.Evaluate(deadline, now), Time))
            {
                raised++;
            }
        }

        raised += @case.RecordStepDeadlines(deadlines, Time);
        if (raised == 0)
        {
            return 0;
        }

        try
        {
            await store.SaveAsync(@case, cancellationToken);
            return raised;
        }
        catch (ConcurrencyConflictException)
        {
            return 0; // changed meanwhile (or alerted by another replica): the next sweep measures it again
        }
    }

}
