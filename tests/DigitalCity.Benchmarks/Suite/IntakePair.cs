using System.Diagnostics;
using DigitalCity.Benchmarks.Intake;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Inspection.Storage;
using DigitalCity.Publicity;
using DigitalCity.Publicity.Storage;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using static DigitalCity.Benchmarks.Suite.SuiteConsole;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// Report intake end to end against the raw store insert: the inspection and publicity services in one host on the real
/// broker (the in-memory bus without one). An end-to-end run is timed from the first <c>POST /api/inspection/cases</c>
/// (<see cref="ReportScenario"/>) until the publicity service's <c>DailyFiguresConsumer</c> has counted the last report
/// into its store (<see cref="ReportedFigures"/>); the baseline is <see cref="StoreScenario"/>'s
/// <see cref="ICaseStore.SaveAsync"/> alone on the same host, whose events are then let through, untimed, before the next run.
/// </summary>
static class IntakePair
{
    public const string Name = "report intake end to end vs the store insert";

    /// <summary>Untimed operations per scenario first, as in the intake benchmark.</summary>
    const int WarmUpReports = 3_000;

    /// <summary>Reports come from this many grid officers in turn, as in the intake benchmark.</summary>
    const int Officers = 8;

    public static async Task<PairSummary> RunAsync(SuiteArguments arguments, BrokerAddress? broker, CancellationToken cancellationToken)
    {
        await using var vhost = broker is null ? null : await SuiteVirtualHost.CreateAsync(broker, cancellationToken);
        var bus = vhost is null ? "MassTransit's in-memory bus (no broker)" : Text($"RabbitMQ at {vhost.Broker} ({vhost.Description})");
        var setup = Text($"{arguments.Reports:N0} reports per scenario × {arguments.Runs} runs, {arguments.Concurrency} in flight, inspection and publicity in one host on {bus}");
        Line($"== {Name}: {setup}");
        await using var host = await BenchmarkHost.StartAsync(BenchmarkHost.NewDataDirectory(), arguments.Concurrency, cancellationToken,
            alongside: new PublicityModule(), broker: vhost?.Broker);
        var officers = Enumerable.Range(1, Officers).Select(n => host.ClientFor($"bench-officer-{n:D2}", Roles.GridOfficer)).ToArray();
        try
        {
            var rounds = new Rounds(host, new ReportedFigures(host.Services.GetRequiredService<IFigureStore>()), arguments.Concurrency,
                new ReportScenario(officers, Guid.NewGuid().ToString("N")), new StoreScenario(host.Services.GetRequiredService<ICaseStore>()));
            return await rounds.RunAsync(arguments, setup, cancellationToken);
        }
        finally
        {
            foreach (var officer in officers)
            {
                officer.Dispose();
            }
        }
    }

    /// <summary>The pair's rounds on one host, and how many cases the figures must count when each ends.</summary>
    sealed class Rounds(BenchmarkHost host, ReportedFigures figures, int concurrency, ReportScenario reports, StoreScenario store)
    {
        long _expected;

        public async Task<PairSummary> RunAsync(SuiteArguments arguments, string setup, CancellationToken cancellationToken)
        {
            var warmUp = Math.Min(WarmUpReports, arguments.Reports);
            await EndToEndAsync(0, warmUp, cancellationToken);
            await StoreAsync(0, warmUp, cancellationToken);
            Line($"warm-up: {warmUp:N0} operations of each, untimed");

            var (endToEnd, saves) = (new List<double>(), new List<double>());
            for (var run = 1; run <= arguments.Runs; run++)
            {
                var (elapsed, responses, drained) = await EndToEndAsync(run, arguments.Reports, cancellationToken);
                var rate = arguments.Reports / elapsed.TotalSeconds;
                Line($"run {run} {"intake end to end",-22} {arguments.Reports,7:N0} in {elapsed.TotalSeconds,7:0.000} s = {rate,7:N0} reports/s; HTTP alone {responses.PerSecond,7:N0}/s (p99 {responses.P99:0.0} ms), the figures counted the last {drained.TotalMilliseconds:N0} ms after its response");
                var saved = await StoreAsync(run, arguments.Reports, cancellationToken);
                Line($"run {run} {store.Name,-22} {saved.Count,7:N0} in {saved.Elapsed.TotalSeconds,7:0.000} s = {saved.PerSecond,7:N0} saves/s");
                Line($"run {run} {Ratio.Of("end to end", rate, "store", saved.PerSecond)}");
                endToEnd.Add(rate);
                saves.Add(saved.PerSecond);
            }

            await VerifyAsync(cancellationToken);
            var (endToEndRate, storeRate) = (Median.Of(endToEnd), Median.Of(saves));
            return new PairSummary(
                Name,
                Text($"{store.Name} {storeRate:N0} saves/s"),
                Text($"intake end to end (HTTP → store → event → consumer's write) {endToEndRate:N0} reports/s"),
                Ratio.Of("end to end", endToEndRate, "store", storeRate),
                setup);
        }

        /// <summary>From the first request until the figures count the round's last report; also the HTTP part alone, and the wait after it.</summary>
        async Task<(TimeSpan Elapsed, LoadResult Responses, TimeSpan Drained)> EndToEndAsync(int round, int count, CancellationToken cancellationToken)
        {
            var operation = reports.Prepare(round, count);
            _expected += count;
            var stopwatch = Stopwatch.StartNew();
            var responses = await LoadRunner.RunAsync(reports.Name, round, count, concurrency, operation, cancellationToken);
            var answered = stopwatch.Elapsed;
            await figures.WaitForAsync(_expected, cancellationToken);
            stopwatch.Stop();
            return (stopwatch.Elapsed, responses, stopwatch.Elapsed - answered);
        }

        /// <summary>The saves alone, timed; then, untimed, until their events are counted too, so they cannot slow the next round.</summary>
        async Task<LoadResult> StoreAsync(int round, int count, CancellationToken cancellationToken)
        {
            var operation = store.Prepare(round, count);
            _expected += count;
            var saved = await LoadRunner.RunAsync(store.Name, round, count, concurrency, operation, cancellationToken);
            await figures.WaitForAsync(_expected, cancellationToken);
            return saved;
        }

        /// <exception cref="InvalidOperationException">Work was lost: the figures would be meaningless.</exception>
        async Task VerifyAsync(CancellationToken cancellationToken)
        {
            var stored = await host.CountCasesAsync(cancellationToken);
            var pending = await host.PendingEventsAsync(cancellationToken);
            var counted = await figures.CountAsync(cancellationToken);
            Line($"Cases stored {stored:N0}, counted in the publicity figures {counted:N0}, of {_expected:N0} reported; events pending in the outbox {pending:N0}");
            if (stored != _expected || counted != _expected || pending != 0)
            {
                throw new InvalidOperationException("Work was lost between the store and the consumer: the figures would be meaningless.");
            }
        }
    }
}
