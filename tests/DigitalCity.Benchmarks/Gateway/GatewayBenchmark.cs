using System.Globalization;
using DigitalCity.Benchmarks.Service;
using DigitalCity.ServiceDefaults.Security;

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
    const string Path = "/api/inspection/categories";

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (CommandLine.ParseOrExplain(args, GatewayArguments.Parse, GatewayArguments.Usage) is not { } arguments)
        {
            return 2;
        }

        var machine = MachineInfo.Describe();
        machine.PrintHeader($"DigitalCity gateway benchmark: GET {Path} with a token, wrk -t1 -c{arguments.Connections} for {arguments.Seconds} s per target, {arguments.Rounds} rounds of direct, gateway, nginx");
        await using var service = await BenchmarkHost.StartAsync(BenchmarkHost.NewDataDirectory(), arguments.Connections, cancellationToken);
        await using var gateway = await GatewayProcess.StartAsync(service.Address, service.SigningKey, cancellationToken);
        await using var baseline = arguments.Baseline is { } build ? await GatewayProcess.StartAsync(service.Address, service.SigningKey, cancellationToken, build) : null;
        await using var nginx = await NginxProxy.StartAsync(service.Address, cancellationToken);
        var token = service.TokenFor("benchmark-operator", Roles.Operator);
        (string Name, Uri Url)[] targets =
        [
            ("direct", new Uri(service.Address, Path)),
            ("gateway", new Uri(gateway.Address, Path)),
            .. baseline is null ? Array.Empty<(string, Uri)>() : [("baseline", new Uri(baseline.Address, Path))],
            ("nginx", new Uri(nginx.Address, Path)),
        ];

        using (var probe = new HttpClient())
        {
            probe.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            foreach (var (name, url) in targets)
            {
                using var answer = await probe.GetAsync(url, cancellationToken);
                if (!answer.IsSuccessStatusCode)
                {
                    Line($"{name} answered {(int)answer.StatusCode} before the run: {await answer.Content.ReadAsStringAsync(cancellationToken)}");
                    return 1;
                }
            }
        }

        foreach (var (name, url) in targets)
        {
            await WrkResult.RunAsync(name, url, token, arguments.Connections, 2, cancellationToken);
        }

        var results = new List<WrkResult>();
        for (var round = 1; round <= arguments.Rounds; round++)
        {
            foreach (var (name, url) in targets)
            {
                var result = await WrkResult.RunAsync(name, url, token, arguments.Connections, arguments.Seconds, cancellationToken);
                if (result.Non2xx > 0)
                {
                    Line($"{name} answered {result.Non2xx:N0} requests with an error: the figures would be meaningless.");
                    return 1;
                }

                results.Add(result);
                Line($"round {round} {name,-8} {result.RequestsPerSecond,10:N0} requests/s; p50 {result.P50,6:0.00} ms, p99 {result.P99,6:0.00} ms");
            }
        }

        double Median(string target, Func<WrkResult, double> value)
        {
            var sorted = results.Where(r => r.Target == target).Select(value).Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var (direct, viaGateway, viaNginx) = (Median("direct", r => r.RequestsPerSecond), Median("gateway", r => r.RequestsPerSecond), Median("nginx", r => r.RequestsPerSecond));
        var (directP99, gatewayP99, nginxP99) = (Median("direct", r => r.P99), Median("gateway", r => r.P99), Median("nginx", r => r.P99));
        Console.WriteLine();
        Line($"Median requests/s: direct {direct:N0}, gateway {viaGateway:N0}, nginx {viaNginx:N0}; gateway ÷ nginx {viaGateway / viaNginx:0.00}, gateway ÷ direct {viaGateway / direct:0.00}");
        Line($"Median p99: direct {directP99:0.00} ms, gateway {gatewayP99:0.00} ms (+{gatewayP99 - directP99:0.00}), nginx {nginxP99:0.00} ms (+{nginxP99 - directP99:0.00})");
        if (baseline is not null)
        {
            var (viaBaseline, baselineP99) = (Median("baseline", r => r.RequestsPerSecond), Median("baseline", r => r.P99));
            Line($"Baseline gateway ({arguments.Baseline}): median {viaBaseline:N0} requests/s, ÷ nginx {viaBaseline / viaNginx:0.00}; p99 {baselineP99:0.00} ms (+{baselineP99 - directP99:0.00})");
        }

        Line($"Target gateway ≥ {TargetShareOfNginx:0.0}× nginx's throughput: {(viaGateway >= TargetShareOfNginx * viaNginx ? "met" : "MISSED")}");
        Line($"Target gateway adds ≤ {TargetAddedP99Milliseconds:0} ms at p99: {(gatewayP99 - directP99 <= TargetAddedP99Milliseconds ? "met" : "MISSED")}");
        Line($"Load average after the run (1, 5, 15 min): {MachineInfo.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Date (UTC) | wrk | Direct req/s; p99 ms | Gateway req/s; p99 ms | nginx req/s; p99 ms | Gateway ÷ nginx | Gateway added p99 ms | nginx added p99 ms | Machine |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Line($"| {DateTime.UtcNow:yyyy-MM-dd} | -t1 -c{arguments.Connections} -d{arguments.Seconds}s × {arguments.Rounds} | {direct:N0}; {directP99:0.00} | {viaGateway:N0}; {gatewayP99:0.00} | {viaNginx:N0}; {nginxP99:0.00} | {viaGateway / viaNginx:0.00} | {gatewayP99 - directP99:0.00} | {nginxP99 - directP99:0.00} | {machine} |");
        return 0;
    }

    static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}
