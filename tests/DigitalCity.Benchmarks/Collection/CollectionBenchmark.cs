using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using DigitalCity.Benchmarks.Intake;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Sanitation;
using DigitalCity.Sanitation.Collection;
using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.Sanitation.Collection.Tonnage;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Benchmarks.Collection;

/// <summary>
/// Issue #5: collection records imported per second as CSV files through the sanitation service's HTTP API (parse,
/// registry checks, records, tonnage rollup and one <c>WasteCollected</c> outbox row each, in one transaction per
/// file), against the same store's append of already-checked records alone, interleaved in the same run; then, once
/// the report agrees with the benchmark's own total to the kilogram, the p99 of 7-day × district × waste-type
/// reports at one request in flight and at several, against <c>/health/live</c> and the store's query alone.
/// A wrong total fails the run (exit 1); a missed target is reported.
/// </summary>
static class CollectionBenchmark
{
    const double TargetRecordsPerSecond = 5_000;
    const double TargetP99Milliseconds = 100;
    const int WarmUpRows = 5_000;
    const int WarmUpQueries = 100;
    const string Import = "POST /collections/import";
    const string Append = "ICollectionStore.AppendAsync";
    const string Report = "GET /tonnage 7 days × district × type";
    const string StoreReport = "ICollectionStore.TonnageAsync";

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, CollectionArguments.Parse, CollectionArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var machine = MachineInfo.Describe();
        machine.PrintHeader($"DigitalCity collection benchmark: {arguments.Records:N0} records imported over HTTP in files of {arguments.Batch:N0}, {arguments.BaselineRecords:N0} appended to the store alone; {arguments.Queries:N0} tonnage reports per scenario at 1 and {arguments.QueryConcurrency} in flight");
        await using var host = await BenchmarkHost.StartAsync(BenchmarkHost.NewDataDirectory(), arguments.QueryConcurrency, cancellationToken, new SanitationModule());
        var data = new CollectionData(arguments.Points);
        await data.RegisterAsync(host.Services.GetRequiredService<IFacilityStore>(), cancellationToken);
        Line($"Registered {arguments.Points:N0} collection points in {CollectionData.Districts.Count} districts, {CollectionData.Vehicles} vehicles and a plant (untimed); loads over {data.FirstDay:yyyy-MM-dd} to {data.LastDay:yyyy-MM-dd}");
        using var supervisor = host.ClientFor("benchmark-supervisor", Roles.SanitationSupervisor);
        var intake = host.Services.GetRequiredService<CollectionIntake>();
        var store = host.Services.GetRequiredService<ICollectionStore>();
        var run = Guid.NewGuid().ToString("N")[..8];

        await ImportAsync(supervisor, CollectionData.Csv(data.Draw(WarmUpRows, $"{run}-warm-http")), cancellationToken);
        await AppendAsync(intake, store, data.Draw(WarmUpRows, $"{run}-warm-store"), cancellationToken);

        // The baseline's files are spread among the imports, so a slow spell of the shared machine hits both alike.
        var imports = new List<(int Rows, TimeSpan Elapsed)>();
        var appends = new List<(int Rows, TimeSpan Elapsed)>();
        var files = (arguments.Records + arguments.Batch - 1) / arguments.Batch;
        var baselineFiles = Math.Max(1, (arguments.BaselineRecords + arguments.Batch - 1) / arguments.Batch);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var file = 0; file < files; file++)
        {
            var rows = Math.Min(arguments.Batch, arguments.Records - (file * arguments.Batch));
            var csv = CollectionData.Csv(data.Draw(rows, $"{run}-http-{file}"));
            imports.Add((rows, await ImportAsync(supervisor, csv, cancellationToken)));
            Line($"import {file + 1,3}/{files}: {rows,7:N0} rows in {imports[^1].Elapsed.TotalSeconds,6:0.000} s = {rows / imports[^1].Elapsed.TotalSeconds,8:N0} records/s");
            if (appends.Count < baselineFiles && (file + 1) % Math.Max(1, files / baselineFiles) == 0)
            {
                var entries = data.Draw(Math.Min(arguments.Batch, arguments.BaselineRecords - (appends.Count * arguments.Batch)), $"{run}-store-{appends.Count}");
                appends.Add((entries.Count, await AppendAsync(intake, store, entries, cancellationToken)));
                Line($"append {appends.Count,3}/{baselineFiles}: {entries.Count,7:N0} rows in {appends[^1].Elapsed.TotalSeconds,6:0.000} s = {entries.Count / appends[^1].Elapsed.TotalSeconds,8:N0} records/s");
            }
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var total = await store.TonnageAsync(new TonnageQuery(data.FirstDay, data.LastDay, []), cancellationToken);
        var right = total.Single().WeightKg == data.DrawnKg && total.Single().Records == data.Drawn;
        Line($"Tonnage over {data.FirstDay:yyyy-MM-dd}–{data.LastDay:yyyy-MM-dd}: {total.Single().Records:N0} records, {total.Single().WeightKg:N0} kg; the benchmark drew {data.Drawn:N0} records, {data.DrawnKg:N0} kg{(right ? "" : " — THE TOTAL IS WRONG")}");
        Line($"Events still pending in the outbox: {await host.PendingEventsAsync(cancellationToken):N0} (published in the background meanwhile)");
        if (!right)
        {
            return 1;
        }

        var queries = Queries(supervisor, store, data, arguments.Queries + WarmUpQueries);
        foreach (var (name, operation) in queries)
        {
            await LoadRunner.RunAsync(name, 0, WarmUpQueries, arguments.QueryConcurrency, operation, cancellationToken);
        }

        var measured = new List<(int Concurrency, LoadResult Result)>();
        foreach (var concurrency in new[] { 1, arguments.QueryConcurrency }.Distinct())
        {
            foreach (var (name, operation) in queries)
            {
                var result = await LoadRunner.RunAsync(name, 0, arguments.Queries, concurrency, operation, cancellationToken);
                Line($"{concurrency,2} in flight {result.Scenario,-40} {result.Count,6:N0} in {result.Elapsed.TotalSeconds,7:0.000} s; p50 {result.P50,7:0.00} ms, p99 {result.P99,7:0.00} ms");
                measured.Add((concurrency, result));
            }
        }

        Summary(imports, appends, cpu, measured, data, arguments, machine);
        return 0;
    }

    static async Task<TimeSpan> ImportAsync(HttpClient supervisor, string csv, CancellationToken cancellationToken)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var started = Stopwatch.GetTimestamp();
        using var response = await supervisor.PostAsync(new Uri("/api/sanitation/collections/import", UriKind.Relative), content, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The import answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var answer = await response.Content.ReadFromJsonAsync<ImportCollections.Response>(cancellationToken);
        return answer!.Duplicates == 0 && answer.Imported == answer.Rows
            ? elapsed
            : throw new InvalidOperationException($"The import stored {answer.Imported} of {answer.Rows} rows; every ticket was new.");
    }

    /// <summary>The baseline: the same store's append of records already checked (checked before the clock starts).</summary>
    static async Task<TimeSpan> AppendAsync(CollectionIntake intake, ICollectionStore store, IReadOnlyList<CollectionEntry> entries, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var records = await intake.CheckAsync([.. entries.Select(e => ("", e))], "benchmark", "benchmark", errors, cancellationToken);
        if (errors.Any)
        {
            throw new InvalidOperationException("The benchmark drew an invalid load.");
        }

        var started = Stopwatch.GetTimestamp();
        var stored = await store.AppendAsync(records, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return stored.Count == records.Count ? elapsed : throw new InvalidOperationException($"The store kept {stored.Count} of {records.Count} new records.");
    }

    static (string Name, Func<int, CancellationToken, Task<string?>> Operation)[] Queries(
        HttpClient client, ICollectionStore store, CollectionData data, int count)
    {
        var random = new Random(7);
        var starts = Enumerable.Range(0, count).Select(_ => data.FirstDay.AddDays(random.Next(CollectionData.Days - 6))).ToArray();
        var urls = starts.Select(d => new Uri($"/api/sanitation/tonnage?from={d:yyyy-MM-dd}&to={d.AddDays(6):yyyy-MM-dd}&by=district,wasteType", UriKind.Relative)).ToArray();
        return
        [
            (new HealthScenario(client).Name, new HealthScenario(client).Prepare(0, count)),
            (StoreReport, async (i, cancellationToken) =>
            {
                var rows = await store.TonnageAsync(new TonnageQuery(starts[i], starts[i].AddDays(6), [TonnageDimension.District, TonnageDimension.WasteType]), cancellationToken);
                return rows.Count > 0 ? null : "an empty report";
            }),
            (Report, HttpGets.Ok(client, urls)),
        ];
    }

    static void Summary(
        IReadOnlyList<(int Rows, TimeSpan Elapsed)> imports,
        IReadOnlyList<(int Rows, TimeSpan Elapsed)> appends,
        TimeSpan cpu,
        IReadOnlyList<(int Concurrency, LoadResult Result)> queries,
        CollectionData data,
        CollectionArguments arguments,
        MachineInfo machine)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var importRate = Median(imports.Select(i => i.Rows / i.Elapsed.TotalSeconds));
        var appendRate = Median(appends.Select(a => a.Rows / a.Elapsed.TotalSeconds));
        var overall = imports.Sum(i => i.Rows) / imports.Sum(i => i.Elapsed.TotalSeconds);
        Console.WriteLine();
        Line($"Median {Import}: {importRate:N0} records/s over {imports.Count} files (all files together {overall:N0}/s); median {Append}: {appendRate:N0} records/s over {appends.Count}");
        Line($"Import ÷ store append alone: {importRate / appendRate:0.00}; CPU per record (client and service): {cpu.TotalMilliseconds / (imports.Sum(i => i.Rows) + appends.Sum(a => a.Rows)) * 1000:0} µs");
        Line($"Target ≥ {TargetRecordsPerSecond:N0} records/s imported: {(importRate >= TargetRecordsPerSecond ? "met" : "MISSED")}");
        var met = true;
        foreach (var (concurrency, result) in queries.Where(q => q.Result.Scenario == Report))
        {
            met &= result.P99 < TargetP99Milliseconds;
            Line($"  {Report} at {concurrency} in flight: p99 {result.P99:0.00} ms, {(result.P99 < TargetP99Milliseconds ? "under" : "OVER")} {TargetP99Milliseconds:0} ms");
        }

        Line($"Target report p99 < {TargetP99Milliseconds:0} ms over {data.Drawn:N0} records at every concurrency: {(met ? "met" : "MISSED")}");
        Line($"Load average after the run (1, 5, 15 min): {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Date (UTC) | Records over HTTP, per file | Import records/s (median; all files) | Store append records/s | ÷ store | Report p50 / p99 ms at 1 and N in flight | Health p99 ms; store query p99 ms | Machine |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        string Cell(string scenario) => string.Join(", ", queries.Where(q => q.Result.Scenario == scenario)
            .Select(q => string.Create(Invariant, $"{q.Result.P50:0.00} / {q.Result.P99:0.00} ({q.Concurrency})")));
        Line($"| {DateTime.UtcNow:yyyy-MM-dd} | {imports.Sum(i => i.Rows):N0}, {arguments.Batch:N0} | {importRate:N0}; {overall:N0} | {appendRate:N0} | {importRate / appendRate:0.00} | {Cell(Report)} | {Cell("GET /health/live")}; {Cell(StoreReport)} | {machine} |");
    }

    static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}
