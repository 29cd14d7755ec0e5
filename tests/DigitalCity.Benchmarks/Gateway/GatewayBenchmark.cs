using System.Globalization;

namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// Issue #7: requests/s and latency of one authorized read (<c>GET /api/inspection/categories</c>, the token validated
/// by the service every time, from its validated-token cache after the first) called directly, through the gateway in
/// a process of its own as in production (which validates the token too and runs its rate limiter, with a limit no run
/// reaches) and through nginx proxying the same
/// service, with wrk, the three interleaved in each round, first under a saturating load, then under a paced one.
/// Reported as medians: the gateway ÷ nginx throughput under the saturating load, and the p99 each proxy adds to the
/// direct call under the paced load (under saturation a latency is mostly the queue for the CPU: Little's law makes it
/// connections ÷ throughput, whatever the work per request). The reference proxy (YARP with nothing of the gateway's
/// configuration) runs in the same rounds, so the report can say how much of the gateway's figure is YARP's own.
/// </summary>
static class GatewayBenchmark
{
    const double TargetShareOfNginx = 0.5;
    const double TargetAddedP99Milliseconds = 2;

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, GatewayArguments.Parse, GatewayArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var machine = MachineInfo.Describe();
        var (saturating, paced) = (arguments.Saturating, arguments.Paced);
        machine.PrintHeader($"DigitalCity gateway benchmark: GET {GatewayTargets.Path} with a token; {arguments.Rounds} rounds, each of direct, gateway, YARP alone, nginx under {saturating} (throughput), then under {paced} (latency)");
        GatewayTargets targets;
        try
        {
            targets = await GatewayTargets.StartAsync(arguments.Connections, cancellationToken, arguments.Baseline, referenceProxy: true);
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine(ex.Message);
            return 1;
        }

        await using var _ = targets;
        var (saturated, light, addedByRound, yarpAddedByRound) = (new List<WrkResult>(), new List<WrkResult>(), new List<double>(), new List<double>());
        for (var round = 1; round <= arguments.Rounds; round++)
        {
            try
            {
                saturated.AddRange(Print(round, "saturated", await targets.RunRoundAsync(saturating, cancellationToken)));
                var pacedRound = Print(round, "paced", await targets.RunRoundAsync(paced, cancellationToken));
                light.AddRange(pacedRound);
                var figures = GatewayFigures.Of(pacedRound);
                addedByRound.Add(figures.GatewayAddedP99);
                yarpAddedByRound.Add(GatewayFigures.MedianOf(pacedRound, GatewayTargets.Yarp, r => r.P99) - figures.DirectP99);
            }
            catch (InvalidOperationException ex)
            {
                Console.WriteLine(ex.Message);
                return 1;
            }
        }

        var (t, l) = (GatewayFigures.Of(saturated), GatewayFigures.Of(light));
        Console.WriteLine();
        Line($"Saturated, median requests/s: direct {t.Direct:N0}, gateway {t.Gateway:N0}, nginx {t.Nginx:N0}; gateway ÷ nginx {t.GatewayShareOfNginx:0.00}, gateway ÷ direct {t.GatewayShareOfDirect:0.00}; median p99: direct {t.DirectP99:0.00} ms, gateway {t.GatewayP99:0.00} ms, nginx {t.NginxP99:0.00} ms");
        Line($"Paced, median requests/s: direct {l.Direct:N0}, gateway {l.Gateway:N0}, nginx {l.Nginx:N0}; median p99: direct {l.DirectP99:0.00} ms, gateway {l.GatewayP99:0.00} ms ({l.GatewayAddedP99:+0.00;-0.00}), nginx {l.NginxP99:0.00} ms ({l.NginxAddedP99:+0.00;-0.00})");
        Line($"Paced, p99 the gateway adds to the direct call round by round: {string.Join(", ", addedByRound.Select(d => d.ToString("+0.00;-0.00", Invariant)))} ms; their median {Median.Of(addedByRound):+0.00;-0.00} ms");
        var (yarp, yarpP50, yarpP99) = (GatewayFigures.MedianOf(saturated, GatewayTargets.Yarp, r => r.RequestsPerSecond),
            GatewayFigures.MedianOf(light, GatewayTargets.Yarp, r => r.P50), GatewayFigures.MedianOf(light, GatewayTargets.Yarp, r => r.P99));
        Line($"YARP alone (the reference proxy): saturated {yarp:N0} requests/s, ÷ nginx {yarp / t.Nginx:0.00}; paced p50 {yarpP50:0.00} ms, p99 {yarpP99:0.00} ms ({yarpP99 - l.DirectP99:+0.00;-0.00}; round by round {string.Join(", ", yarpAddedByRound.Select(d => d.ToString("+0.00;-0.00", Invariant)))}); the gateway's own configuration adds {l.GatewayP99 - yarpP99:+0.00;-0.00} ms at p99, {l.GatewayP50 - yarpP50:+0.00;-0.00} ms at p50");
        if (arguments.Baseline is not null)
        {
            var (viaBaseline, baselineP99) = (GatewayFigures.MedianOf(saturated, GatewayTargets.Baseline, r => r.RequestsPerSecond), GatewayFigures.MedianOf(light, GatewayTargets.Baseline, r => r.P99));
            Line($"Baseline gateway ({arguments.Baseline}): saturated {viaBaseline:N0} requests/s, ÷ nginx {viaBaseline / t.Nginx:0.00}; paced p99 {baselineP99:0.00} ms ({baselineP99 - l.DirectP99:+0.00;-0.00})");
        }

        Line($"Target gateway ≥ {TargetShareOfNginx:0.0}× nginx's throughput: {(t.GatewayShareOfNginx >= TargetShareOfNginx ? "met" : "MISSED")}");
        Line($"Target gateway adds ≤ {TargetAddedP99Milliseconds:0} ms at p99: {(l.GatewayAddedP99 <= TargetAddedP99Milliseconds ? "met" : "MISSED")}");
        Line($"Load average after the run (1, 5, 15 min): {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Date (UTC) | Saturating load | Direct req/s | Gateway req/s | YARP alone req/s | nginx req/s | Gateway ÷ nginx | Paced load | Direct p50, p99 ms | Gateway p50, p99 ms | YARP alone p50, p99 ms | nginx p50, p99 ms | Gateway added p99 ms | YARP alone added p99 ms | nginx added p99 ms | Machine |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Line($"| {DateTime.UtcNow:yyyy-MM-dd} | {saturating} × {arguments.Rounds} | {t.Direct:N0} | {t.Gateway:N0} | {yarp:N0} | {t.Nginx:N0} | {t.GatewayShareOfNginx:0.00} | {paced} × {arguments.Rounds} | {l.DirectP50:0.00}, {l.DirectP99:0.00} | {l.GatewayP50:0.00}, {l.GatewayP99:0.00} | {yarpP50:0.00}, {yarpP99:0.00} | {l.NginxP50:0.00}, {l.NginxP99:0.00} | {l.GatewayAddedP99:+0.00;-0.00} | {yarpP99 - l.DirectP99:+0.00;-0.00} | {l.NginxAddedP99:+0.00;-0.00} | {machine} |");
        return 0;
    }

    static IReadOnlyList<WrkResult> Print(int round, string load, IReadOnlyList<WrkResult> results)
    {
        foreach (var result in results)
        {
            Console.WriteLine($"round {round} {result.Describe(load)}");
        }

        return results;
    }

    static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}
