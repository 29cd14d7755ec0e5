using System.Diagnostics;

namespace DigitalCity.Benchmarks.Service;

/// <summary>One timed round at fixed concurrency: how long N operations took, and each one's latency.</summary>
/// <param name="Latencies">Stopwatch ticks per operation.</param>
sealed record LoadResult(string Scenario, int Round, int Count, TimeSpan Elapsed, long[] Latencies)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

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
    public static double MedianPerSecond(IEnumerable<LoadResult> results, string scenario)
    {
        var sorted = results.Where(r => r.Scenario == scenario).Select(r => r.PerSecond).Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
