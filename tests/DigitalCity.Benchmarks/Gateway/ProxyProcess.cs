using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// A proxy in a process of its own, pointed at the service: the gateway as it runs in production (its Release build
/// beside this benchmark's, with its appsettings.json and Server GC, as a web project), validating this run's tokens;
/// or the reference proxy, YARP with nothing of the gateway's configuration.
/// </summary>
sealed class ProxyProcess : IAsyncDisposable
{
    readonly Process _process;

    ProxyProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="build">The folder of the gateway build to run; by default the Release build of this work tree.</param>
    public static Task<ProxyProcess> StartGatewayAsync(Uri service, string signingKey, CancellationToken cancellationToken, string? build = null) =>
        StartAsync(Path.Combine(build ?? BesideThisBuild("../../../../../gateway/bin/Release/net10.0"), "DigitalCity.Gateway.dll"), service, cancellationToken,
            $"--Auth:SigningKey={signingKey}", "--Gateway:RateLimits:Api:PermitLimit=1000000000");

    /// <summary>The reference proxy (tests/DigitalCity.Benchmarks.ReferenceProxy): YARP with the gateway's route and cluster and nothing else.</summary>
    public static Task<ProxyProcess> StartReferenceProxyAsync(Uri service, CancellationToken cancellationToken) =>
        StartAsync(Path.Combine(BesideThisBuild("../../../../DigitalCity.Benchmarks.ReferenceProxy/bin/Release/net10.0"), "DigitalCity.Benchmarks.ReferenceProxy.dll"), service, cancellationToken);

    static string BesideThisBuild(string relative) => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, relative));

    static async Task<ProxyProcess> StartAsync(string dll, Uri service, CancellationToken cancellationToken, params string[] settings)
    {
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"No Release build at {dll}; run the benchmark with -c Release.");
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet",
        [
            dll, $"--urls={address}", "--environment=Production",
            $"--ReverseProxy:Clusters:inspection:Destinations:primary:Address={service}", "--Logging:LogLevel:Default=Warning", .. settings,
        ])
        {
            WorkingDirectory = Path.GetDirectoryName(dll),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{dll} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 200 && !process.HasExited; attempt++)
        {
            try
            {
                using var answer = await client.GetAsync(new Uri(address, "/health/live"), cancellationToken);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return new ProxyProcess(process, address);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"{dll} did not come up on {address}.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
