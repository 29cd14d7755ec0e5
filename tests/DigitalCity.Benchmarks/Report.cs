using System.Globalization;

namespace DigitalCity.Benchmarks;

/// <summary>Prints each round as it finishes, then the medians, the ratio and a Markdown row for docs/benchmarks.md.</summary>
static class Report
{
    /// <summary>The outbox must move at least this many events per second end to end...</summary>
    const double TargetEventsPerSecond = 1_000;

    /// <summary>...and keep at least this share of what raw publishing with confirms achieves.</summary>
    const double TargetRatio = 0.2;

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Header(BenchmarkArguments arguments, BrokerAddress broker, MachineInfo machine)
    {
        Line($"DigitalCity outbox benchmark: {arguments.Events:N0} events per round, {arguments.Rounds} round(s) per scenario, broker {broker}");
        Line($"Payload: one CaseReported, {SampleEvents.CaseReportedJson().Length:N0} bytes of JSON");
        Console.WriteLine($"Machine: {machine}");
        Console.WriteLine();
    }

    public static void Round(RoundResult result, bool warmUp)
    {
        var label = warmUp ? "warm-up" : $"round {result.Round}";
        Line($"{label,-8} {result.Scenario,-20} {result.Events,8:N0} events in {result.Elapsed.TotalSeconds,7:0.000} s = {result.EventsPerSecond,8:N0} events/s");
        if (result.Breakdown is not null)
        {
            Console.WriteLine($"{"",-29} {result.Breakdown}");
        }
    }

    public static void Summary(IReadOnlyList<RoundResult> results, string rawScenario, string outboxScenario, BenchmarkArguments arguments, MachineInfo machine)
    {
        var raw = Median(results, rawScenario);
        var outbox = Median(results, outboxScenario);
        var ratio = outbox / raw;
        Console.WriteLine();
        Line($"Median {rawScenario}: {raw:N0} events/s");
        Line($"Median {outboxScenario}: {outbox:N0} events/s");
        Line($"Outbox ÷ raw: {ratio:0.00}");
        Line($"Target ≥ {TargetEventsPerSecond:N0} events/s: {(outbox >= TargetEventsPerSecond ? "met" : "MISSED")}; target ≥ {TargetRatio:0.0}× raw: {(ratio >= TargetRatio ? "met" : "MISSED")}");
        Console.WriteLine();
        Console.WriteLine("| Date (UTC) | Events × rounds | Raw RabbitMQ.Client, median events/s | DigitalCity outbox, median events/s | Outbox ÷ raw | Machine |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Line($"| {DateTime.UtcNow:yyyy-MM-dd} | {arguments.Events:N0} × {arguments.Rounds} | {raw:N0} | {outbox:N0} | {ratio:0.00} | {machine} |");
    }

    static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));

    static double Median(IEnumerable<RoundResult> results, string scenario) =>
        DigitalCity.Benchmarks.Median.Of(results.Where(r => r.Scenario == scenario).Select(r => r.EventsPerSecond));
}
