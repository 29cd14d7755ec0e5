using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using RabbitMQ.Client;

namespace DigitalCity.Benchmarks;

/// <summary>What the figures were measured on; throughput means little without it.</summary>
/// <param name="RabbitMq">The broker's version, for benchmarks that use one.</param>
sealed record MachineInfo(int Cores, string Cpu, string Memory, string Os, string Runtime, string? RabbitMq = null)
{
    /// <summary>The machine alone, for benchmarks without a broker.</summary>
    public static MachineInfo Describe() => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        TotalMemory(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    public static MachineInfo Describe(IConnection broker) => Describe() with
    {
        RabbitMq = broker.ServerProperties is { } properties && properties.TryGetValue("version", out var version) && version is byte[] bytes
            ? $"RabbitMQ {Encoding.UTF8.GetString(bytes)}"
            : "RabbitMQ (version not reported)",
    };

    public override string ToString() =>
        $"{Cores} cores ({Cpu}), {Memory} RAM, {Os}, {Runtime}" + (RabbitMq is null ? "" : $", {RabbitMq}");

    /// <summary>Opens a run's output: what it measures, on which machine, and how busy the machine was before the first operation.</summary>
    public void PrintHeader(FormattableString title)
    {
        Console.WriteLine(title.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"Machine: {this}");
        Console.WriteLine($"Load average before the run (1, 5, 15 min): {LoadAverage()}");
        Console.WriteLine();
    }

    /// <summary>The load average over the last minute, 5 and 15 minutes, as /proc/loadavg has it: other work on a shared machine skews figures.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    static string TotalMemory()
    {
        // "MemTotal:       24683520 kB"
        var total = ProcField("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(total, CultureInfo.InvariantCulture, out var kilobytes)
            ? $"{kilobytes / 1024.0 / 1024.0:0.0} GiB"
            : "unknown";
    }

    /// <summary>The value of the first "name : value" line of a /proc file, or null off Linux.</summary>
    static string? ProcField(string path, string name) =>
        File.Exists(path)
            ? File.ReadLines(path)
                .Where(line => line.StartsWith(name, StringComparison.Ordinal))
                .Select(line => line.Split(':', 2)[1].Trim())
                .FirstOrDefault()
            : null;
}
