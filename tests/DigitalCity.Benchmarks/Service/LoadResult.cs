using System.Diagnostics;

namespace DigitalCity.Benchmarks.Service;

/// <summary>One timed round at fixed concurrency: how long N operations took, and each one's latency.</summary>
/// <param name="Latencies">Stopwatch ticks per operation.</param>
/// <param name="Cpu">
/// CPU time this process (client and service) used during the round: unlike the rate, hardly affected by other
/// work on a shared machine, so it compares runs made at different loads.
/// </param>
sealed record LoadResult(string Scenario, int Round, int Count, TimeSpan Elapsed, long[] Latencies, TimeSpan Cpu)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    /// <summary>Milliseconds of CPU per operation, client included.</summary>
    public double CpuMsPerOperation => Cpu.TotalMilliseconds / Count;

    public double P50 => Percentile(Latencies, 0.50);

    public double P95 => Percentile(Latencies, 0.95);

    public double P99 => Percentile(Latencies, 0.99);

    /// <summary>The latency in milliseconds below which <paramref name="share"/> of the operations finished (nearest rank).</summary>
    public static double Percentile(IEnumerable<long> latencies, double share)
    {
        var sorted = latencies.Order().ToArray();
        var rank = (int)Math.Ceiling(share * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
