using DigitalCity.Benchmarks.Intake;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// Issue #4: visits recorded per second through the inspection service's HTTP API, each with the ten
/// items of the gas-safety checklist, against the same host's <c>/health/live</c> and the store's save
/// alone, measured in the same run; then, once the figures projection has caught up and agrees with the
/// benchmark's own tally, the p99 of the campaign's figures (whole campaign, one district-day) at one
/// request in flight and at several. Lost or miscounted work fails the run (exit 1); a missed target is
/// reported, as in <c>intake</c>.
/// </summary>
static class CampaignBenchmark
{
    /// <summary>Untimed operations per scenario before the recording rounds, so tiered JIT (with dynamic PGO), connections and caches are warm (1,000 was too few for intake).</summary>
    const int WarmUpVisits = 2_000;

    /// <summary>Untimed queries per scenario before the measured ones, at the higher concurrency.</summary>
    const int WarmUpQueries = 200;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, CampaignArguments.Parse, CampaignArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var machine = MachineInfo.Describe();
        CampaignReport.Header(arguments, machine);
        await using var host = await BenchmarkHost.StartAsync(BenchmarkHost.NewDataDirectory(), Math.Max(arguments.Concurrency, arguments.QueryConcurrency), cancellationToken);
        var campaign = await CampaignSetup.SetUpAsync(host, arguments.Premises, cancellationToken);
        CampaignReport.SetUp(campaign);

        var tally = new VisitTally();
        var planner = new VisitPlanner(campaign, tally);
        var inspectors = campaign.Groups.SelectMany(g => g.OfficerIds).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => host.ClientFor(id, Roles.Inspector), StringComparer.Ordinal);
        var runId = Guid.NewGuid().ToString("N")[..8];
        var saves = new VisitStoreSaves(host.Services.GetRequiredService<ICampaignStore>(), host.Services.GetRequiredService<IPremisesStore>(),
            host.Services.GetRequiredService<SingletonAggregateStore<ChecklistBook>>(), campaign.Id);
        RecordingScenario[] scenarios =
        [
            new(FigureQueries.Floor, false, (round, count, _) => Task.FromResult(new HealthScenario(inspectors.Values.First()).Prepare(round, count))),
            new(VisitRequests.Name, true, (round, count, _) =>
                Task.FromResult(VisitRequests.Prepare(campaign.Id, planner.Draw(count, round), inspectors, $"{runId}-http-{round}"))),
            new(VisitStoreSaves.Name, true, (round, count, token) => saves.PrepareAsync(planner.Draw(count, -round - 1), $"{runId}-store-{round}", token)),
        ];

        foreach (var scenario in scenarios)
        {
            CampaignReport.Round(await RunAsync(scenario, 0, Math.Min(WarmUpVisits, arguments.VisitsPerRound), arguments.Concurrency, cancellationToken), warmUp: true, arguments.Concurrency);
        }

        // Alternating rounds, so a slow spell of the shared machine hits every scenario alike.
        var recording = new List<LoadResult>();
        for (var round = 1; round <= arguments.Rounds; round++)
        {
            foreach (var scenario in scenarios)
            {
                var result = await RunAsync(scenario, round, arguments.VisitsPerRound, arguments.Concurrency, cancellationToken);
                CampaignReport.Round(result, warmUp: false, arguments.Concurrency);
                recording.Add(result);
            }
        }

        using var manager = host.ClientFor(CampaignSetup.ManagerId, Roles.CampaignManager);
        var verdict = await FiguresCheck.VerifyAsync(host, manager, campaign, tally, cancellationToken);
        CampaignReport.Verified(verdict, tally);
        if (!verdict.Right)
        {
            return 1;
        }

        var queries = FigureQueries.Scenarios(manager, host.Services.GetRequiredService<ICampaignFigureStore>(), campaign, arguments.Queries + WarmUpQueries);
        foreach (var (name, operation) in queries)
        {
            CampaignReport.Round(await LoadRunner.RunAsync(name, 0, WarmUpQueries, arguments.QueryConcurrency, operation, cancellationToken), warmUp: true, arguments.QueryConcurrency);
        }

        var measured = new List<(int Concurrency, LoadResult Result)>();
        foreach (var concurrency in new[] { 1, arguments.QueryConcurrency }.Distinct())
        {
            foreach (var (name, operation) in queries)
            {
                var result = await LoadRunner.RunAsync(name, 0, arguments.Queries, concurrency, operation, cancellationToken);
                CampaignReport.Round(result, warmUp: false, concurrency);
                measured.Add((concurrency, result));
            }
        }

        foreach (var inspector in inspectors.Values)
        {
            inspector.Dispose();
        }

        CampaignReport.Summary(recording, measured, verdict, tally.Visits, arguments, machine);
        return 0;
    }

    static async Task<LoadResult> RunAsync(RecordingScenario scenario, int round, int count, int concurrency, CancellationToken cancellationToken) =>
        await LoadRunner.RunAsync(scenario.Name, round, count, concurrency, await scenario.PrepareAsync(round, count, cancellationToken), cancellationToken);
}
