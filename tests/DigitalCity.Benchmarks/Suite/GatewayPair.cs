using DigitalCity.Benchmarks.Gateway;
using static DigitalCity.Benchmarks.Suite.SuiteConsole;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// Gateway vs direct vs nginx: the gateway benchmark's three targets (<see cref="GatewayTargets"/>), wrk against each in
/// turn in every run; medians of requests/s and p99, the gateway against nginx and against the direct call.
/// </summary>
static class GatewayPair
{
    public const string Name = "gateway vs direct vs nginx";

    public static async Task<PairSummary> RunAsync(SuiteArguments arguments, CancellationToken cancellationToken)
    {
        var setup = Text($"GET {GatewayTargets.Path} with a token, wrk -t1 -c{arguments.GatewayConnections} -d{arguments.GatewaySeconds}s per target × {arguments.Runs} runs");
        Line($"== {Name}: {setup}");
        await using var targets = await GatewayTargets.StartAsync(arguments.GatewayConnections, cancellationToken);
        var results = new List<WrkResult>();
        for (var run = 1; run <= arguments.Runs; run++)
        {
            var answers = await targets.RunRoundAsync(arguments.GatewaySeconds, cancellationToken);
            foreach (var result in answers)
            {
                Line($"run {run} {result.Target,-8} {result.RequestsPerSecond,10:N0} requests/s; p50 {result.P50,6:0.00} ms, p99 {result.P99,6:0.00} ms");
            }

            var f = GatewayFigures.Of(answers);
            Line($"run {run} {Ratio.Of("gateway", f.Gateway, "nginx", f.Nginx)}, {Ratio.Of("gateway", f.Gateway, "direct", f.Direct)}, gateway adds {f.GatewayAddedP99:+0.00;-0.00} ms at p99");
            results.AddRange(answers);
        }

        var m = GatewayFigures.Of(results);
        var baseline = Text($"nginx {m.Nginx:N0} req/s, p99 {m.NginxP99:0.00} ms; direct {m.Direct:N0} req/s, p99 {m.DirectP99:0.00} ms");
        var ratios = Text($"{Ratio.Of("gateway", m.Gateway, "nginx", m.Nginx)}; {Ratio.Of("gateway", m.Gateway, "direct", m.Direct)}; gateway adds {m.GatewayAddedP99:+0.00;-0.00} ms at p99 (nginx {m.NginxAddedP99:+0.00;-0.00} ms)");
        return new PairSummary(Name, baseline, Text($"gateway {m.Gateway:N0} req/s, p99 {m.GatewayP99:0.00} ms"), ratios, setup);
    }
}
