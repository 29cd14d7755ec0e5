using System.Globalization;
using System.Net;
using System.Text.Json;
using DigitalCity.Benchmarks.Intake;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Inspection.Evaluation;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Benchmarks.Evaluation;

/// <summary>
/// Issue #3's evaluation query over a year of cases: seeds the facts of N cases (untimed), starts the
/// inspection service on that file, checks the API's counters against the seeder's own counts, then
/// measures district-, department- and grid-month evaluations and the department ranking of a month over
/// HTTP at one request in flight and at several, against two baselines measured in the same run with the
/// same client: the host's <c>/health/live</c> (the HTTP and token floor) and
/// <see cref="IEvaluationStore.CountAsync"/> alone (the counters of a district-month, without HTTP).
/// </summary>
static class EvaluationBenchmark
{
    /// <summary>One untimed round per scenario first, so JIT compilation, connections and SQLite's page cache are warm.</summary>
    const int WarmUpOperations = 200;

    public const string Floor = "GET /health/live";
    public const string Store = "IEvaluationStore.CountAsync";
    public const string District = "district-month";
    public const string Department = "department-month";
    public const string Grid = "grid-month";
    public const string Ranking = "department ranking-month";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, EvaluationArguments.Parse, EvaluationArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var machine = MachineInfo.Describe();
        EvaluationReport.Header(arguments, machine);
        var dataDirectory = BenchmarkHost.NewDataDirectory();
        var seed = await EvaluationSeeder.SeedAsync(dataDirectory, arguments.Cases, cancellationToken);
        EvaluationReport.Seeded(seed);

        await using var host = await BenchmarkHost.StartAsync(dataDirectory, arguments.Concurrency, cancellationToken);
        using var client = host.ClientFor("bench-shift-lead", Roles.ShiftLead);
        var mismatches = await CheckCountersAsync(client, seed.Tally, new SeedPlaces().Districts, cancellationToken);
        EvaluationReport.Checked(mismatches);
        if (mismatches.Checked == 0 || mismatches.Wrong.Count > 0)
        {
            return 1;
        }

        var store = host.Services.GetRequiredService<IEvaluationStore>();
        var scenarios = Scenarios(client, store, seed.Tally, arguments.Queries);
        foreach (var (name, operation) in scenarios)
        {
            EvaluationReport.Round(await LoadRunner.RunAsync(name, 0, WarmUpOperations, arguments.Concurrency, operation, cancellationToken), 0, warmUp: true);
        }

        var results = new List<(int Concurrency, LoadResult Result)>();
        foreach (var concurrency in new[] { 1, arguments.Concurrency }.Distinct())
        {
            foreach (var (name, operation) in scenarios)
            {
                var result = await LoadRunner.RunAsync(name, 1, arguments.Queries, concurrency, operation, cancellationToken);
                EvaluationReport.Round(result, concurrency, warmUp: false);
                results.Add((concurrency, result));
            }
        }

        return EvaluationReport.Summary(results, seed, arguments, machine) ? 0 : 1;
    }

    /// <summary>Each scenario's operation <c>i</c>, its inputs drawn (untimed) from a fixed seed: random objects and months of the seeded year.</summary>
    static (string Name, Func<int, CancellationToken, Task<string?>> Operation)[] Scenarios(HttpClient client, IEvaluationStore store, SeedTally tally, int count)
    {
        var random = new Random(2_023);
        var places = new SeedPlaces();
        string[] districts = [.. places.Districts], grids = [.. places.GridCodes], departments = [.. tally.Departments];
        int Month() => random.Next(1, 13);
        Uri[] Urls(Func<int, string> url) => [.. Enumerable.Range(0, count + WarmUpOperations).Select(i => new Uri(url(i), UriKind.Relative))];
        string Pick(string[] codes) => codes[random.Next(codes.Length)];

        var districtMonths = Enumerable.Range(0, count + WarmUpOperations).Select(_ => (Code: Pick(districts), Month: Month())).ToArray();
        var storeInputs = Enumerable.Range(0, count + WarmUpOperations).Select(_ => (Scope: new EvaluationScope(ScopeKind.District, Pick(districts)), Month: Month())).ToArray();
        return
        [
            (Floor, new HealthScenario(client).Prepare(0, count)),
            (Store, async (i, cancellationToken) =>
            {
                var (scope, month) = storeInputs[i];
                var (from, to) = MonthOf(month);
                var counts = await store.CountAsync(scope, from, to, cancellationToken);
                return counts[Indicators.Reports] > 0 ? null : $"no reports for {scope.Code} in month {month}";
            }),
            (District, HttpGets.Ok(client, Urls(i => EvaluationUrl("district", districtMonths[i].Code, districtMonths[i].Month)))),
            (Department, HttpGets.Ok(client, Urls(_ => EvaluationUrl("department", Pick(departments), Month())))),
            (Grid, HttpGets.Ok(client, Urls(_ => EvaluationUrl("grid", Pick(grids), Month())))),
            (Ranking, HttpGets.Ok(client, Urls(_ => $"/api/inspection/evaluation/ranking?scope=department&period=month&date={Date(Month())}&pageSize=100"))),
        ];
    }

    /// <summary>
    /// Every district-month's <c>reports</c> and <c>filed</c> and every department-month's
    /// <c>dispatches</c>, as the API answers them, against the seeder's own counts.
    /// </summary>
    static async Task<(int Checked, List<string> Wrong)> CheckCountersAsync(HttpClient client, SeedTally tally, IReadOnlyList<string> districts, CancellationToken cancellationToken)
    {
        var wrong = new List<string>();
        var checkedCount = 0;
        for (var month = 1; month <= 12; month++)
        {
            foreach (var district in districts)
            {
                var counters = await CountersAsync(client, EvaluationUrl("district", district, month), cancellationToken);
                checkedCount += Compare(wrong, $"district {district}, month {month}", Indicators.Reports, tally.ReportsOf(district, month), counters);
                checkedCount += Compare(wrong, $"district {district}, month {month}", Indicators.Filed, tally.FiledOf(district, month), counters);
            }

            foreach (var department in tally.Departments)
            {
                var counters = await CountersAsync(client, EvaluationUrl("department", department, month), cancellationToken);
                checkedCount += Compare(wrong, $"department {department}, month {month}", Indicators.Dispatches, tally.DispatchesOf(department, month), counters);
            }
        }

        return (checkedCount, wrong);
    }

    static int Compare(List<string> wrong, string what, string indicator, long expected, IReadOnlyDictionary<string, long> counters)
    {
        var actual = counters.GetValueOrDefault(indicator);
        if (actual != expected)
        {
            wrong.Add($"{what}: {indicator} {actual} from the API, {expected} seeded");
        }

        return 1;
    }

    static async Task<IReadOnlyDictionary<string, long>> CountersAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("counters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
    }

    static string EvaluationUrl(string scope, string code, int month) =>
        $"/api/inspection/evaluation?scope={scope}&code={Uri.EscapeDataString(code)}&period=month&date={Date(month)}";

    static string Date(int month) => new DateOnly(CaseJourneys.Year, month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static (DateOnly From, DateOnly To) MonthOf(int month)
    {
        var from = new DateOnly(CaseJourneys.Year, month, 1);
        return (from, from.AddMonths(1).AddDays(-1));
    }
}
