using System.Globalization;

namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// Issue #7: requests/s and latency of one authorized read (<c>GET /api/inspection/categories</c>, the token validated
/// by the service every time) called directly, through the gateway in a process of its own as in production (which
/// validates the token too and runs its rate limiter, with a limit no run reaches) and through nginx proxying the same
/// service, with wrk, the three interleaved
/// in each round. Reported as medians: the gateway ÷ nginx throughput and the p99 each proxy adds to the direct call.
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
        machine.PrintHeader($"DigitalCity gateway benchmark: GET {GatewayTargets.Path} with a token, wrk -t1 -c{arguments.Connections} for {arguments.Seconds} s per target, {arguments.Rounds} rounds of direct, gateway, nginx");
        GatewayTargets targets;
        try
        {
            targets = await GatewayTargets.StartAsync(arguments.Connections, cancellationToken, arguments.Baseline);
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine(ex.Message);
            return 1;
        }

        await using var _ = targets;
        var results = new List<WrkResult>();
        for (var round = 1; round <= arguments.Rounds; round++)
        {
            IReadOnlyList<WrkResult> answers;
            try
            {
                answers = await targets.RunRoundAsync(arguments.Seconds, cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                Console.WriteLine(ex.Message);
                return 1;
            }

            foreach (var result in answers)
            {
                Line($"round {round} {result.Target,-8} {result.RequestsPerSecond,10:N0} requests/s; p50 {result.P50,6:0.00} ms, p99 {result.P99,6:0.00} ms");
            }

            results.AddRange(answers);
        }

        var f = GatewayFigures.Of(results);
        Console.WriteLine();
        Line($"Median requests/s: direct {f.Direct:N0}, gateway {f.Gateway:N0}, nginx {f.Nginx:N0}; gateway ÷ nginx {f.GatewayShareOfNginx:0.00}, gateway ÷ direct {f.GatewayShareOfDirect:0.00}");
        Line($"Median p99: direct {f.DirectP99:0.00} ms, gateway {f.GatewayP99:0.00} ms (+{f.GatewayAddedP99:0.00}), nginx {f.NginxP99:0.00} ms (+{f.NginxAddedP99:0.00})");
        if (arguments.Baseline is not null)
        {
            var (viaBaseline, baselineP99) = (Median.Of(results.Where(r => r.Target == "baseline").Select(r => r.RequestsPerSecond)),
                Median.Of(results.Where(r => r.Target == "baseline").Select(r => r.P99)));
            Line($"Baseline gateway ({arguments.Baseline}): median {viaBaseline:N0} requests/s, ÷ nginx {viaBaseline / f.Nginx:0.00}; p99 {baselineP99:0.00} ms (+{baselineP99 - f.DirectP99:0.00})");
        }

        Line($"Target gateway ≥ {TargetShareOfNginx:0.0}× nginx's throughput: {(f.GatewayShareOfNginx >= TargetShareOfNginx ? "met" : "MISSED")}");
        Line($"Target gateway adds ≤ {TargetAddedP99Milliseconds:0} ms at p99: {(f.GatewayAddedP99 <= TargetAddedP99Milliseconds ? "met" : "MISSED")}");
        Line($"Load average after the run (1, 5, 15 min): {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Date (UTC) | wrk | Direct req/s; p99 ms | Gateway req/s; p99 ms | nginx req/s; p99 ms | Gateway ÷ nginx | Gateway added p99 ms | nginx added p99 ms | Machine |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Line($"| {DateTime.UtcNow:yyyy-MM-dd} | -t1 -c{arguments.Connections} -d{arguments.Seconds}s × {arguments.Rounds} | {f.Direct:N0}; {f.DirectP99:0.00} | {f.Gateway:N0}; {f.GatewayP99:0.00} | {f.Nginx:N0}; {f.NginxP99:0.00} | {f.GatewayShareOfNginx:0.00} | {f.GatewayAddedP99:0.00} | {f.NginxAddedP99:0.00} | {machine} |");
        return 0;
    }

    static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}
