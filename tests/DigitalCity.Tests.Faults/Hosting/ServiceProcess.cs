using System.Diagnostics;
using System.Globalization;

namespace DigitalCity.Tests.Faults.Hosting;

/// <summary>
/// One service's own host (<c>services/{Name}.Host</c>, from its build output) as a process of its own, as it
/// runs in the distributed shape: its port and its SQLite files stay the same across a kill and a restart.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    readonly string _assembly;
    readonly IReadOnlyList<string> _arguments;
    readonly string _logDirectory;
    ChildProcess? _process;
    int _starts;

    ServiceProcess(string name, IReadOnlyList<string> arguments, string logDirectory)
    {
        Name = name;
        _assembly = HostAssembly(name);
        _arguments = arguments;
        _logDirectory = logDirectory;
    }

    /// <summary>The host's name as its project spells it: Inspection, Sanitation, Publicity.</summary>
    public string Name { get; }

    public int Port { get; } = FreePort.Next();

    public Uri Address => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    /// <param name="configuration">Settings as <c>--Key=value</c> arguments, beyond the address.</param>
    public static async Task<ServiceProcess> StartAsync(string name, IEnumerable<string> configuration, string logDirectory)
    {
        var service = new ServiceProcess(name, [.. configuration], logDirectory);
        await service.StartAgainAsync();
        return service;
    }

    /// <summary>Starts the host (again, after a kill) and returns once it answers <c>/health/live</c>.</summary>
    public async Task StartAgainAsync()
    {
        Launch();
        await WhenLiveAsync();
    }

    /// <summary>Starts the host and returns at once: its consumers may start before it answers HTTP.</summary>
    public void Launch()
    {
        _process?.Dispose();
        _starts++;
        _process = ChildProcess.Start("dotnet", [_assembly, $"--urls={Address}", "--environment=Production", .. _arguments],
            Path.GetDirectoryName(_assembly)!, Path.Combine(_logDirectory, $"{Name.ToLowerInvariant()}-{_starts}.log"));
    }

    public async Task WhenLiveAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (!await IsLiveAsync())
        {
            if (_process!.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"The {Name} host did not start:\n{_process.LogTail()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary><c>kill -9</c>: whatever the host was doing stops where it is.</summary>
    public Task KillAsync() => _process?.KillAsync() ?? Task.CompletedTask;

    public string LogTail(int lines = 40) => _process?.LogTail(lines) ?? "(not started)";

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.KillAsync();
            _process.Dispose();
        }
    }

    async Task<bool> IsLiveAsync()
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(Address, "/health/live"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>The host's assembly in the output of the same configuration as these tests (Debug or Release).</summary>
    static string HostAssembly(string name)
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var path = RepositoryPaths.Of($"services/{name}.Host/bin/{configuration}/{framework.Name}/DigitalCity.{name}.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the {name} host first: {path} is missing.", path);
    }
}
