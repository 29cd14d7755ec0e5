using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Publicity;
using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Results;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Benchmarks.Contests;

/// <summary>
/// Issue #6: like snapshots ingested per second through the publicity service's HTTP API (batches of readings, each
/// judged against its post's count and kept in the series, in one write per batch) against the like store's
/// <c>RecordAsync</c> alone on the same kind of batches, interleaved in the same run, while the service keeps its live
/// tallies moving with every reading; then the full ranking of the contest's approved entries over HTTP against its
/// parts alone — ranking the tallies in memory, and reading them all from the store (what a reload costs). Every reading
/// must be recorded and the live ranking must equal the store's (exit 1 otherwise); a missed target is reported.
/// </summary>
static class ContestBenchmark
{
    const double TargetSnapshotsPerSecond = 10_000;
    const double TargetRankingMilliseconds = 200;
    const string Http = "POST /contests/{code}/likes";
    const string Store = "ILikeStore.RecordAsync";
    const string Ranking = "GET /contests/{code}/ranking";
    const string Tallies = "IEntryStore.ApprovedTalliesAsync (reload)";
    const string Rank = "ContestRanking.Rank (in memory)";

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, ContestArguments.Parse, ContestArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var machine = MachineInfo.Describe();
        machine.PrintHeader($"DigitalCity contest benchmark: {arguments.Entries:N0} approved entries, {arguments.Readings:N0} like readings over HTTP in batches of {arguments.Batch:N0}, {arguments.BaselineReadings:N0} into the store alone; {arguments.Rankings} full rankings per scenario");
        await using var host = await BenchmarkHost.StartAsync(BenchmarkHost.NewDataDirectory(), 1, cancellationToken, new PublicityModule());
        var data = new ContestData();
        var seeding = Stopwatch.StartNew();
        var services = host.Services;
        await data.SeedAsync(arguments.Entries, services.GetRequiredService<IContestStore>(), services.GetRequiredService<IEntryStore>(),
            services.GetRequiredService<PhoneProtector>(), cancellationToken);
        Line($"Seeded {arguments.Entries:N0} approved entries with {data.Posts:N0} posts in {seeding.Elapsed.TotalSeconds:0.0} s (untimed)");
        using var feed = host.ClientFor("benchmark-feed", Roles.ExternalSystem);
        var likes = services.GetRequiredService<ILikeStore>();
        var closesAt = (await services.GetRequiredService<IContestStore>().FindAsync(ContestData.Code, cancellationToken))!.Rules.EndsAt(services.GetRequiredService<CityClock>());

        await PostAsync(feed, data.Draw(arguments.Batch), cancellationToken);
        await RecordAsync(likes, data.Draw(arguments.Batch), closesAt, cancellationToken);
        var ranking = new Uri($"/api/publicity/contests/{ContestData.Code}/ranking?pageSize=20", UriKind.Relative);
        // Asked once now, so the service keeps live tallies that every reading posted below moves too.
        (await feed.GetAsync(ranking, cancellationToken)).EnsureSuccessStatusCode();

        // The baseline's batches are spread among the requests, so a slow spell of the shared machine hits both alike.
        var posted = new List<TimeSpan>();
        var recorded = new List<TimeSpan>();
        var batches = (arguments.Readings + arguments.Batch - 1) / arguments.Batch;
        var baselineBatches = Math.Max(1, arguments.BaselineReadings / arguments.Batch);
        for (var batch = 0; batch < batches; batch++)
        {
            posted.Add(await PostAsync(feed, data.Draw(arguments.Batch), cancellationToken));
            if (recorded.Count < baselineBatches && (batch + 1) % Math.Max(1, batches / baselineBatches) == 0)
            {
                recorded.Add(await RecordAsync(likes, data.Draw(arguments.Batch), closesAt, cancellationToken));
            }
        }

        var http = Median(posted.Select(e => arguments.Batch / e.TotalSeconds));
        var store = Median(recorded.Select(e => arguments.Batch / e.TotalSeconds));
        Line($"{Http}: median {http:N0} snapshots/s over {posted.Count} batches; {Store}: median {store:N0}/s over {recorded.Count}; HTTP ÷ store {http / store:0.00}");

        var tallies = services.GetRequiredService<IEntryStore>();
        var rules = (await services.GetRequiredService<IContestStore>().FindAsync(ContestData.Code, cancellationToken))!.Rules;
        var inMemory = await tallies.ApprovedTalliesAsync(ContestData.Code, cancellationToken);
        if (inMemory.Count != arguments.Entries)
        {
            Line($"The store tallied {inMemory.Count:N0} approved entries, not {arguments.Entries:N0}.");
            return 1;
        }

        // The baseline's readings bypassed the service: ask the live tallies again, then check them against the store's.
        services.GetRequiredService<LiveTallies>().Changed(ContestData.Code);
        var live = ContestRanking.Rank(await services.GetRequiredService<LiveTallies>().CurrentAsync(ContestData.Code, cancellationToken), rules);
        var stored = ContestRanking.Rank(inMemory, rules);
        if (!live.Select(r => (r.Entry.EntryId, r.Score.TotalLikes)).SequenceEqual(stored.Select(r => (r.Entry.EntryId, r.Score.TotalLikes))))
        {
            Line($"The live ranking differs from the store's.");
            return 1;
        }

        (string Name, Func<int, CancellationToken, Task<string?>> Operation)[] scenarios =
        [
            (Ranking, HttpGets.Ok(feed, Enumerable.Repeat(ranking, arguments.Rankings + 3).ToArray())),
            (Tallies, async (_, token) => (await tallies.ApprovedTalliesAsync(ContestData.Code, token)).Count == arguments.Entries ? null : "a wrong tally"),
            (Rank, (_, _) => Task.FromResult(ContestRanking.Rank(inMemory, rules).Count == arguments.Entries ? null : "a wrong ranking")),
        ];
        var results = new List<LoadResult>();
        foreach (var (name, operation) in scenarios)
        {
            await LoadRunner.RunAsync(name, 0, 3, 1, operation, cancellationToken);
            results.Add(await LoadRunner.RunAsync(name, 0, arguments.Rankings, 1, operation, cancellationToken));
            Line($"{name,-36} {arguments.Rankings} in {results[^1].Elapsed.TotalSeconds,6:0.000} s; p50 {results[^1].P50,7:0.0} ms, p99 {results[^1].P99,7:0.0} ms");
        }

        var full = results[0];
        Console.WriteLine();
        Line($"Target ≥ {TargetSnapshotsPerSecond:N0} snapshots/s ingested over HTTP: {(http >= TargetSnapshotsPerSecond ? "met" : "MISSED")} ({http:N0}/s)");
        Line($"Target a full ranking of {arguments.Entries:N0} entries under {TargetRankingMilliseconds:0} ms: {(full.P99 < TargetRankingMilliseconds ? "met" : "MISSED")} (p50 {full.P50:0.0} ms, p99 {full.P99:0.0} ms)");
        Line($"Load average after the run (1, 5, 15 min): {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Date (UTC) | Entries; readings over HTTP, per batch | HTTP snapshots/s (median) | Store alone snapshots/s | ÷ store | Ranking over HTTP p50 / p99 ms | Tallies alone p50 / p99 ms | Rank in memory p50 / p99 ms | Machine |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        string Cell(LoadResult r) => string.Create(Invariant, $"{r.P50:0.0} / {r.P99:0.0}");
        Line($"| {DateTime.UtcNow:yyyy-MM-dd} | {arguments.Entries:N0}; {batches * arguments.Batch:N0}, {arguments.Batch:N0} | {http:N0} | {store:N0} | {http / store:0.00} | {Cell(results[0])} | {Cell(results[1])} | {Cell(results[2])} | {machine} |");
        return 0;
    }

    static async Task<TimeSpan> PostAsync(HttpClient feed, IReadOnlyList<LikeReading> readings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await feed.PostAsJsonAsync(new Uri($"/api/publicity/contests/{ContestData.Code}/likes", UriKind.Relative), new RecordLikes.Request(readings), cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST /likes answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var result = await response.Content.ReadFromJsonAsync<LikeBatchResult>(cancellationToken);
        return result!.Recorded == readings.Count
            ? elapsed
            : throw new InvalidOperationException($"The service recorded {result.Recorded} of {readings.Count} readings, each later and no lower.");
    }

    /// <summary>The baseline: the like store alone, the same judging and writes without HTTP, JSON or the contest lookups.</summary>
    static async Task<TimeSpan> RecordAsync(ILikeStore likes, IReadOnlyList<LikeReading> readings, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcomes = await likes.RecordAsync(ContestData.Code, readings, closesAt, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return outcomes.All(o => o == LikeOutcome.Recorded) ? elapsed : throw new InvalidOperationException("The store refused a reading that was later and no lower.");
    }

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}
