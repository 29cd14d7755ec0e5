using System.Diagnostics;

namespace DigitalCity.Benchmarks.Service;

/// <summary>
/// Runs N operations with a fixed number in flight (each worker starts the next as soon as its last one
/// ended) and records every operation's latency. An operation that reports failure fails the round.
/// </summary>
static class LoadRunner
{
    /// <param name="operation">Operation <c>i</c>; returns null on success, or what went wrong.</param>
    public static async Task<LoadResult> RunAsync(string scenario, int round, int count, int concurrency, Func<int, CancellationToken, Task<string?>> operation, CancellationToken cancellationToken)
    {
        var latencies = new long[count];
        var next = -1;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                if (await operation(i, cancellationToken) is { } failure)
                {
                    failures.Add(failure);
                }

                latencies[i] = Stopwatch.GetTimestamp() - start;
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
        stopwatch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        if (!failures.IsEmpty)
        {
            var examples = string.Join("; ", failures.Take(3));
            throw new InvalidOperationException($"{scenario}, round {round}: {failures.Count} of {count} operations failed, e.g. {examples}. The figures would be meaningless.");
        }

        return new LoadResult(scenario, round, count, stopwatch.Elapsed, latencies, cpu);
    }
}
