using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// The gateway as it runs in production: a process of its own (the Release build beside this benchmark's, with its
/// appsettings.json and Server GC, as a web project), pointed at the service, validating this run's tokens.
/// </summary>
sealed class GatewayProcess : IAsyncDisposable
{
    readonly Process _process;

    GatewayProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="build">The folder of the build to run; by default the Release build of this work tree.</param>
    public static async Task<GatewayProcess> StartAsync(Uri service, string signingKey, CancellationToken cancellationToken, string? build = null)
    {
        var directory = build ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../gateway/bin/Release/net10.0"));
        var dll = Path.Combine(directory, "DigitalCity.Gateway.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"No Release build of the gateway at {dll}; run the benchmark with -c Release.");
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet",
        [
            dll, $"--urls={address}", "--environment=Production", $"--Auth:SigningKey={signingKey}",
            $"--ReverseProxy:Clusters:inspection:Destinations:primary:Address={service}",
            "--Gateway:RateLimits:Api:PermitLimit=1000000000", "--Logging:LogLevel:Default=Warning",
        ])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The gateway did not start.");
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
                    return new GatewayProcess(process, address);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"The gateway did not come up on {address}.");
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
