using System.Diagnostics;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Benchmarks.Intake;

/// <summary>
/// Reports/s through the inspection service's HTTP API on the embedded store, with latency
/// percentiles, against two baselines measured in the same run: the same host's <c>/health/live</c>
/// (the HTTP and token floor) and the store's save alone. Afterwards the service must hold every case
/// and its outbox must have published every <c>CaseReported</c>; otherwise the run fails.
/// </summary>
static class IntakeBenchmark
{
    /// <summary>
    /// One untimed round per scenario first, so JIT compilation (tiered, with dynamic PGO), connections and
    /// caches are warm. 1,000 was too few: the first timed round still ran partly on tier-0 code and was
    /// consistently the slowest by a third.
    /// </summary>
    const int WarmUpOperations = 3_000;

    /// <summary>Reports come from this many grid officers in turn, each with their own token.</summary>
    const int Officers = 8;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, IntakeArguments.Parse, IntakeArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var machine = MachineInfo.Describe();
        IntakeReport.Header(arguments, machine);

        var dataDirectory = BenchmarkHost.NewDataDirectory();
        if (arguments.SeedCases > 0)
        {
            var seeding = Stopwatch.StartNew();
            await CaseSeeder.SeedAsync(dataDirectory, arguments.SeedCases, cancellationToken);
            IntakeReport.Seeded(arguments.SeedCases, seeding.Elapsed);
        }

        await using var host = await BenchmarkHost.StartAsync(dataDirectory, arguments.Concurrency, cancellationToken);
        var officers = Enumerable.Range(1, Officers).Select(n => host.ClientFor($"bench-officer-{n:D2}", Roles.GridOfficer)).ToArray();
        var store = new StoreScenario(host.Services.GetRequiredService<ICaseStore>());
        IIntakeScenario[] scenarios = [new HealthScenario(officers[0]), new ReportScenario(officers, Guid.NewGuid().ToString("N")), store];

        var expectedCases = (long)arguments.SeedCases;
        foreach (var scenario in scenarios)
        {
            var warmUp = await RunRoundAsync(host, scenario, 0, Math.Min(WarmUpOperations, arguments.Reports), arguments.Concurrency, cancellationToken);
            IntakeReport.Round(warmUp.Result, warmUp.Drained, warmUp: true);
            expectedCases += scenario.ReportsCases ? warmUp.Result.Count : 0;
        }

        // Alternating rounds, so a slow spell of the shared machine hits every scenario alike.
        var results = new List<LoadResult>();
        for (var round = 1; round <= arguments.Rounds; round++)
        {
            foreach (var scenario in scenarios)
            {
                var (result, drained) = await RunRoundAsync(host, scenario, round, arguments.Reports, arguments.Concurrency, cancellationToken);
                IntakeReport.Round(result, drained, warmUp: false);
                results.Add(result);
                expectedCases += scenario.ReportsCases ? result.Count : 0;
            }
        }

        foreach (var officer in officers)
        {
            officer.Dispose();
        }

        var stored = await host.CountCasesAsync(cancellationToken);
        var pending = await host.PendingEventsAsync(cancellationToken);
        IntakeReport.Verified(expectedCases, stored, pending);
        if (stored != expectedCases || pending != 0)
        {
            return 1;
        }

        IntakeReport.Summary(results, scenarios[0].Name, scenarios[1].Name, scenarios[2].Name, arguments, machine);
        return 0;
    }

    /// <summary>One round; for scenarios that store cases, also how long after the last response the outbox had published the round's last event.</summary>
    static async Task<(LoadResult Result, TimeSpan? Drained)> RunRoundAsync(BenchmarkHost host, IIntakeScenario scenario, int round, int count, int concurrency, CancellationToken cancellationToken)
    {
        var operation = scenario.Prepare(round, count);
        if (scenario.ReportsCases)
        {
            host.Published.Expect(count);
        }

        var result = await LoadRunner.RunAsync(scenario.Name, round, count, concurrency, operation, cancellationToken);
        if (!scenario.ReportsCases)
        {
            return (result, null);
        }

        var afterLast = Stopwatch.StartNew();
        await host.Published.WaitAsync(cancellationToken);
        return (result, afterLast.Elapsed);
    }
}
