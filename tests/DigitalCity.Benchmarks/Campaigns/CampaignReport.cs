using System.Globalization;
using DigitalCity.Benchmarks.Service;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>Prints the set-up, each round, the figures check, then rates, ratios, the verdicts and Markdown rows for docs/benchmarks.md.</summary>
static class CampaignReport
{
    /// <summary>Issue #4: visits recorded per second, at least...</summary>
    const double TargetVisitsPerSecond = 500;

    /// <summary>...and the figures under this at p99.</summary>
    const double TargetP99Milliseconds = 50;

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Header(CampaignArguments arguments, MachineInfo machine) =>
        machine.PrintHeader($"DigitalCity special inspection visit benchmark: {arguments.Visits:N0} visits in {arguments.Rounds} round(s) of {arguments.VisitsPerRound:N0} per scenario, {arguments.Concurrency} in flight; {arguments.Queries:N0} figures queries per scenario at 1 and {arguments.QueryConcurrency} in flight");

    public static void SetUp(SetUpCampaign campaign) =>
        Line($"Set up through the API in {campaign.Elapsed.TotalSeconds:0.0} s (untimed): campaign {campaign.StartDate:yyyy-MM-dd} to {campaign.EndDate:yyyy-MM-dd} over {CampaignSetup.Districts.Count} districts, {campaign.Premises.Values.Sum(p => p.Count):N0} premises imported by CSV, {campaign.Groups.Count:N0} groups of {CampaignSetup.OfficersPerGroup} inspectors");

    public static void Round(LoadResult result, bool warmUp, int concurrency)
    {
        var label = warmUp ? "warm-up" : result.Round > 0 ? $"round {result.Round}" : $"{concurrency} in flight";
        Line($"{label,-11} {result.Scenario,-32} {result.Count,7:N0} in {result.Elapsed.TotalSeconds,7:0.000} s = {result.PerSecond,7:N0}/s; p50 {result.P50,6:0.00} ms, p95 {result.P95,6:0.00} ms, p99 {result.P99,6:0.00} ms");
    }

    public static void Verified(FiguresVerdict verdict, VisitTally tally)
    {
        Console.WriteLine();
        Line($"Projection caught up {verdict.CaughtUp.TotalMilliseconds:N0} ms after the last response: {tally.Visits:N0} visits, {tally.Hazards:N0} hazards, {tally.FixedOnTheSpot:N0} fixed on the spot");
        Line($"Events still pending in the outbox: {verdict.PendingEvents:N0}{(verdict.PendingEvents == 0 ? "" : " — THE OUTBOX DID NOT DRAIN")}");
        foreach (var wrong in verdict.Wrong.Take(20))
        {
            Console.WriteLine($"  MISMATCH {wrong}");
        }

        Line($"Figures checked against the benchmark's own tally (visits, premises-days, hazards, fixed on the spot, groups, officers per district-day): {verdict.Checked:N0}, {verdict.Wrong.Count:N0} wrong{(verdict.Right ? "" : " — THE FIGURES ARE WRONG")}");
        Console.WriteLine();
    }

    public static void Summary(IReadOnlyList<LoadResult> recording, IReadOnlyList<(int Concurrency, LoadResult Result)> queries, FiguresVerdict verdict, long visitsRecorded, CampaignArguments arguments, MachineInfo machine)
    {
        var floor = LoadResult.MedianPerSecond(recording, FigureQueries.Floor);
        var store = LoadResult.MedianPerSecond(recording, VisitStoreSaves.Name);
        var visits = LoadResult.MedianPerSecond(recording, VisitRequests.Name);
        var rounds = recording.Where(r => r.Scenario == VisitRequests.Name).ToList();
        var all = rounds.SelectMany(r => r.Latencies).ToArray();
        var (p50, p95, p99) = (LoadResult.Percentile(all, 0.50), LoadResult.Percentile(all, 0.95), LoadResult.Percentile(all, 0.99));
        Console.WriteLine();
        Line($"Median {FigureQueries.Floor}: {floor:N0}/s; median {VisitStoreSaves.Name}: {store:N0}/s");
        Line($"Median {VisitRequests.Name}: {visits:N0} visits/s (rounds {string.Join(" / ", rounds.Select(r => r.PerSecond.ToString("N0", Invariant)))}); over all its rounds p50 {p50:0.0} ms, p95 {p95:0.0} ms, p99 {p99:0.0} ms");
        Line($"Visits ÷ health floor: {visits / floor:0.00}; visits ÷ store save alone: {visits / store:0.00}");
        Line($"Target ≥ {TargetVisitsPerSecond:N0} visits/s: {(visits >= TargetVisitsPerSecond ? "met" : "MISSED")}");

        var met = true;
        foreach (var (concurrency, result) in queries.Where(q => FigureQueries.Targeted.Contains(q.Result.Scenario)))
        {
            met &= result.P99 < TargetP99Milliseconds;
            Line($"  {result.Scenario,-26} at {concurrency} in flight: p99 {result.P99,7:0.00} ms, {(result.P99 < TargetP99Milliseconds ? "under" : "OVER")} {TargetP99Milliseconds:0} ms");
        }

        Line($"Target figures p99 < {TargetP99Milliseconds:0} ms over {visitsRecorded:N0} visits at every concurrency: {(met ? "met" : "MISSED")}");
        Line($"Load average after the run (1, 5, 15 min): {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Date (UTC) | Visits × rounds, in flight | Health floor /s | Store save /s | Visits/s | p50 / p95 / p99 ms | ÷ floor / ÷ store | Projection lag | Figures p50 / p99 ms at 1 and N in flight: whole campaign; one district-day | Machine |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        string Cell(string scenario) => string.Join(", ", queries.Where(q => q.Result.Scenario == scenario)
            .Select(q => string.Create(Invariant, $"{q.Result.P50:0.00} / {q.Result.P99:0.00} ({q.Concurrency})")));
        Line($"| {DateTime.UtcNow:yyyy-MM-dd} | {arguments.VisitsPerRound:N0} × {arguments.Rounds}, {arguments.Concurrency} | {floor:N0} | {store:N0} | {visits:N0} | {p50:0.0} / {p95:0.0} / {p99:0.0} | {visits / floor:0.00} / {visits / store:0.00} | {verdict.CaughtUp.TotalMilliseconds:N0} ms | {Cell(FigureQueries.Whole)}; {Cell(FigureQueries.DistrictDay)} | {machine} |");
    }

    static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}
