using System.Globalization;
using DigitalCity.Benchmarks.Service;

namespace DigitalCity.Benchmarks.Intake;

/// <summary>Prints each round as it finishes, the check that no work was lost, then medians, ratios and Markdown rows for docs/benchmarks.md.</summary>
static class IntakeReport
{
    /// <summary>Issue #3: intake must sustain at least this many reports per second.</summary>
    const double TargetReportsPerSecond = 1_000;

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Header(IntakeArguments arguments, MachineInfo machine) =>
        machine.PrintHeader($"DigitalCity report intake benchmark: {arguments.Reports:N0} operations per round, {arguments.Rounds} round(s) per scenario, {arguments.Concurrency} in flight, {arguments.SeedCases:N0} cases stored beforehand");

    public static void Seeded(int cases, TimeSpan elapsed) =>
        Line($"Seeded {cases:N0} cases in {elapsed.TotalSeconds:0.0} s (untimed)");

    public static void Round(LoadResult result, TimeSpan? drained, bool warmUp)
    {
        var label = warmUp ? "warm-up" : $"round {result.Round}";
        var outbox = drained is { } lag ? $", outbox published all {lag.TotalMilliseconds:N0} ms after the last response" : "";
        Line($"{label,-8} {result.Scenario,-28} {result.Count,7:N0} in {result.Elapsed.TotalSeconds,7:0.000} s = {result.PerSecond,7:N0}/s; p50 {result.P50,6:0.0} ms, p95 {result.P95,6:0.0} ms, p99 {result.P99,6:0.0} ms; CPU {result.CpuMsPerOperation,5:0.00} ms/op{outbox}");
    }

    public static void Verified(long expected, long stored, long pending)
    {
        Console.WriteLine();
        Line($"Cases stored (GET /api/inspection/cases/counts as a shift lead): {stored:N0} of {expected:N0} expected{(stored == expected ? "" : " — WORK WAS LOST")}");
        Line($"Events still pending in the outbox: {pending:N0}{(pending == 0 ? "" : " — THE OUTBOX DID NOT DRAIN")}");
    }

    public static void Summary(IReadOnlyList<LoadResult> results, string floor, string intake, string store, IntakeArguments arguments, MachineInfo machine)
    {
        var floorRate = LoadResult.MedianPerSecond(results, floor);
        var intakeRate = LoadResult.MedianPerSecond(results, intake);
        var storeRate = LoadResult.MedianPerSecond(results, store);
        var reports = results.Where(r => r.Scenario == intake).ToList();
        var all = reports.SelectMany(r => r.Latencies).ToArray();
        var (p50, p95, p99) = (LoadResult.Percentile(all, 0.50), LoadResult.Percentile(all, 0.95), LoadResult.Percentile(all, 0.99));
        Console.WriteLine();
        Line($"Median {floor}: {floorRate:N0}/s");
        Line($"Median {store}: {storeRate:N0}/s");
        Line($"Median {intake}: {intakeRate:N0} reports/s; over all its rounds p50 {p50:0.0} ms, p95 {p95:0.0} ms, p99 {p99:0.0} ms");
        Line($"Intake ÷ health floor: {intakeRate / floorRate:0.00}; intake ÷ store save alone: {intakeRate / storeRate:0.00}");
        Line($"Median CPU per operation (client and service): {floor} {LoadResult.MedianCpuMs(results, floor):0.00} ms, {intake} {LoadResult.MedianCpuMs(results, intake):0.00} ms, {store} {LoadResult.MedianCpuMs(results, store):0.00} ms");
        Line($"Target ≥ {TargetReportsPerSecond:N0} reports/s: {(intakeRate >= TargetReportsPerSecond ? "met" : "MISSED")}");
        Line($"Load average after the run (1, 5, 15 min): {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Date (UTC) | Reports × rounds, in flight | Cases before | Health floor /s | Store save /s | Intake reports/s | p50 / p95 / p99 ms | Intake ÷ floor | Intake ÷ store | Machine |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        Line($"| {DateTime.UtcNow:yyyy-MM-dd} | {arguments.Reports:N0} × {arguments.Rounds}, {arguments.Concurrency} | {arguments.SeedCases:N0} | {floorRate:N0} | {storeRate:N0} | {intakeRate:N0} | {p50:0.0} / {p95:0.0} / {p99:0.0} | {intakeRate / floorRate:0.00} | {intakeRate / storeRate:0.00} | {machine} |");
    }

    static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}
