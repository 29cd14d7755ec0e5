using System.Globalization;
using System.Net.Http.Headers;
using DigitalCity.Benchmarks.Service;
using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// The three ways to one authorized read (<see cref="Path"/>): the inspection service directly, through the gateway in a
/// process of its own and through nginx, all started, probed and warmed up; a round runs wrk against each in turn.
/// Optionally also <c>baseline</c>, another gateway build (e.g. the previous commit's), and <c>yarp</c>, the reference
/// proxy (YARP with nothing of the gateway's configuration), measured in the same rounds.
/// </summary>
sealed class GatewayTargets : IAsyncDisposable
{
    public const string Path = "/api/inspection/categories";

    /// <summary>Seconds of each untimed, saturating wrk run of the warm-up.</summary>
    const int WarmUpSeconds = 5;

    /// <summary>
    /// The warm-up ends for a target when, after <see cref="MinWarmUpRuns"/> runs at least, a run's requests/s is within
    /// this share of the run before. A .NET process under load needs tens of thousands of requests before tiered
    /// compilation has replaced its first code (the gateway's CPU per request falls about sixfold over its first 15 s,
    /// and the service can stay on a plateau for two runs before it climbs); nginx has no such ramp.
    /// </summary>
    const double SettledWithin = 0.05;

    const int MinWarmUpRuns = 4;

    /// <summary>At most this many warm-up runs per target; a target that has not settled by then is measured anyway, and said so.</summary>
    const int MaxWarmUpRuns = 12;

    public const string Direct = "direct";
    public const string Gateway = "gateway";
    public const string Baseline = "baseline";
    public const string Yarp = "yarp";
    public const string Nginx = "nginx";

    readonly BenchmarkHost _service;
    readonly ProxyProcess[] _proxies;
    readonly NginxProxy _nginx;
    readonly string _token;
    readonly (string Name, Uri Url)[] _targets;

    GatewayTargets(BenchmarkHost service, IReadOnlyList<(string Name, ProxyProcess Process)> proxies, NginxProxy nginx)
    {
        _service = service;
        _proxies = [.. proxies.Select(p => p.Process)];
        _nginx = nginx;
        _token = service.TokenFor("benchmark-operator", Roles.Operator);
        _targets =
        [
            (Direct, new Uri(service.Address, Path)),
            .. proxies.Select(p => (p.Name, new Uri(p.Process.Address, Path))),
            (Nginx, new Uri(nginx.Address, Path)),
        ];
    }

    /// <param name="connections">The warm-up's connections (the saturating load's).</param>
    /// <param name="baselineBuild">The folder of another gateway build to measure beside this one, if any.</param>
    /// <param name="referenceProxy">Whether to measure the reference proxy too.</param>
    /// <exception cref="InvalidOperationException">A target did not answer the read with success before the run.</exception>
    public static async Task<GatewayTargets> StartAsync(int connections, CancellationToken cancellationToken, string? baselineBuild = null, bool referenceProxy = false)
    {
        var service = await BenchmarkHost.StartAsync(BenchmarkHost.NewDataDirectory(), connections, cancellationToken);
        var proxies = new List<(string Name, ProxyProcess Process)>();
        NginxProxy? nginx = null;
        try
        {
            proxies.Add((Gateway, await ProxyProcess.StartGatewayAsync(service.Address, service.SigningKey, cancellationToken)));
            if (baselineBuild is not null)
            {
                proxies.Add((Baseline, await ProxyProcess.StartGatewayAsync(service.Address, service.SigningKey, cancellationToken, baselineBuild)));
            }

            if (referenceProxy)
            {
                proxies.Add((Yarp, await ProxyProcess.StartReferenceProxyAsync(service.Address, cancellationToken)));
            }

            nginx = await NginxProxy.StartAsync(service.Address, cancellationToken);
            var targets = new GatewayTargets(service, proxies, nginx);
            await targets.ProbeAsync(cancellationToken);
            await targets.WarmUpAsync(new WrkLoad(connections, WarmUpSeconds), cancellationToken);
            return targets;
        }
        catch
        {
            await DisposeAllAsync(service, [.. proxies.Select(p => p.Process)], nginx);
            throw;
        }
    }

    /// <summary>One wrk run of <paramref name="load"/> against each target: direct, gateway, (baseline,) nginx.</summary>
    /// <exception cref="InvalidOperationException">A target answered some requests with an error.</exception>
    public async Task<IReadOnlyList<WrkResult>> RunRoundAsync(WrkLoad load, CancellationToken cancellationToken)
    {
        var results = new List<WrkResult>();
        foreach (var (name, url) in _targets)
        {
            var result = await WrkResult.RunAsync(name, url, _token, load, cancellationToken);
            if (result.Non2xx > 0)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{name} answered {result.Non2xx:N0} requests with an error: the figures would be meaningless."));
            }

            results.Add(result);
        }

        return results;
    }

    /// <summary>Saturates each target in turn until its throughput settles (<see cref="SettledWithin"/>), printing each run.</summary>
    async Task WarmUpAsync(WrkLoad load, CancellationToken cancellationToken)
    {
        foreach (var (name, url) in _targets)
        {
            var previous = 0.0;
            for (var run = 1; ; run++)
            {
                var rate = (await WrkResult.RunAsync(name, url, _token, load, cancellationToken)).RequestsPerSecond;
                var settled = run >= MinWarmUpRuns && Math.Abs(rate - previous) <= SettledWithin * previous;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up {name,-8} run {run,2}: {rate,10:N0} requests/s{(settled ? ", settled" : "")}"));
                if (settled)
                {
                    break;
                }

                if (run == MaxWarmUpRuns)
                {
                    Console.WriteLine($"warm-up {name}: not settled after {MaxWarmUpRuns} runs of {load}; measured anyway");
                    break;
                }

                previous = rate;
            }
        }
    }

    async Task ProbeAsync(CancellationToken cancellationToken)
    {
        using var probe = new HttpClient();
        probe.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        foreach (var (name, url) in _targets)
        {
            using var answer = await probe.GetAsync(url, cancellationToken);
            if (!answer.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{name} answered {(int)answer.StatusCode} before the run: {await answer.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }
    }

    public ValueTask DisposeAsync() => DisposeAllAsync(_service, _proxies, _nginx);

    static async ValueTask DisposeAllAsync(BenchmarkHost service, IEnumerable<ProxyProcess> proxies, NginxProxy? nginx)
    {
        if (nginx is not null)
        {
            await nginx.DisposeAsync();
        }

        foreach (var proxy in proxies)
        {
            await proxy.DisposeAsync();
        }

        await service.DisposeAsync();
    }
}
