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

    /// <summary>The median operations/s of <paramref name="scenario"/>'s rounds.</summary>
    public static double MedianPerSecond(IEnumerable<LoadResult> results, string scenario) => Median(results, scenario, r => r.PerSecond);

    /// <summary>The median CPU milliseconds per operation of <paramref name="scenario"/>'s rounds.</summary>
    public static double MedianCpuMs(IEnumerable<LoadResult> results, string scenario) => Median(results, scenario, r => r.CpuMsPerOperation);

    static double Median(IEnumerable<LoadResult> results, string scenario, Func<LoadResult, double> figure) =>
        DigitalCity.Benchmarks.Median.Of(results.Where(r => r.Scenario == scenario).Select(figure));
}
