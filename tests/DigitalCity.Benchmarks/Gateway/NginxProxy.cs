using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// nginx as the baseline reverse proxy: one worker per core, keep-alive connections to the service, access log off,
/// in a temp folder of its own, on a free loopback port. It forwards the token; the service validates it.
/// </summary>
sealed class NginxProxy : IAsyncDisposable
{
    readonly Process _process;
    readonly string _directory;

    NginxProxy(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(Uri service, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"digitalcity-nginx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(directory, "logs"));
        var port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), $$"""
            worker_processes auto;
            error_log logs/error.log warn;
            pid nginx.pid;
            events { worker_connections 1024; }
            http {
                access_log off;
                upstream service { server {{service.Host}}:{{service.Port}}; keepalive 64; }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://service;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                    }
                }
            }
            """, cancellationToken);
        var process = Process.Start(new ProcessStartInfo("nginx", ["-p", directory, "-c", Path.Combine(directory, "nginx.conf"), "-g", "daemon off;"]))
            ?? throw new InvalidOperationException("nginx did not start; install it (apt-get install nginx).");
        var address = new Uri($"http://127.0.0.1:{port}");
        using var client = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var answer = await client.GetAsync(new Uri(address, "/health/live"), cancellationToken);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException) when (attempt < 100 && !process.HasExited)
            {
            }

            if (attempt >= 100 || process.HasExited)
            {
                throw new InvalidOperationException($"nginx did not come up on {address}.");
            }

            await Task.Delay(50, cancellationToken);
        }

        return new NginxProxy(process, directory, address);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
