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
        var (saturating, paced) = (arguments.GatewaySaturating, arguments.GatewayPaced);
        var setup = Text($"GET {GatewayTargets.Path} with a token; per target and run {saturating} (throughput), then {paced} (latency); {arguments.Runs} runs");
        Line($"== {Name}: {setup}");
        await using var targets = await GatewayTargets.StartAsync(saturating.Connections, cancellationToken);
        var (saturated, light) = (new List<WrkResult>(), new List<WrkResult>());
        for (var run = 1; run <= arguments.Runs; run++)
        {
            var (s, l) = (await targets.RunRoundAsync(saturating, cancellationToken), await targets.RunRoundAsync(paced, cancellationToken));
            foreach (var (load, result) in s.Select(r => ("saturated", r)).Concat(l.Select(r => ("paced", r))))
            {
                Console.WriteLine($"run {run} {result.Describe(load)}");
            }

            var (ts, tl) = (GatewayFigures.Of(s), GatewayFigures.Of(l));
            Line($"run {run} {Ratio.Of("gateway", ts.Gateway, "nginx", ts.Nginx)}, {Ratio.Of("gateway", ts.Gateway, "direct", ts.Direct)}, gateway adds {tl.GatewayAddedP99:+0.00;-0.00} ms at p99 (paced)");
            saturated.AddRange(s);
            light.AddRange(l);
        }

        var (t, m) = (GatewayFigures.Of(saturated), GatewayFigures.Of(light));
        var baseline = Text($"nginx {t.Nginx:N0} req/s, paced p99 {m.NginxP99:0.00} ms; direct {t.Direct:N0} req/s, paced p99 {m.DirectP99:0.00} ms");
        var ratios = Text($"{Ratio.Of("gateway", t.Gateway, "nginx", t.Nginx)}; {Ratio.Of("gateway", t.Gateway, "direct", t.Direct)}; gateway adds {m.GatewayAddedP99:+0.00;-0.00} ms at p99, paced (nginx {m.NginxAddedP99:+0.00;-0.00} ms)");
        return new PairSummary(Name, baseline, Text($"gateway {t.Gateway:N0} req/s, paced p99 {m.GatewayP99:0.00} ms"), ratios, setup);
    }
}
