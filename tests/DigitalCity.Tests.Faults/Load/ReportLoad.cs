using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace DigitalCity.Tests.Faults.Load;

/// <summary>
/// The load driver: <c>total</c> cases through the gateway at a steady <c>casesPerSecond</c> (as reports reach a
/// city's centre: a flow, not one burst), at most <c>concurrency</c> in flight, each a <see cref="CaseJourney"/>.
/// It counts the cases the API acknowledged, so faults can be timed by progress.
/// </summary>
public sealed class ReportLoad(CaseJourney journey, string run, int total, int concurrency, int casesPerSecond) : IDisposable
{
    readonly ConcurrentQueue<AcknowledgedCase> _acknowledged = new();
    readonly TokenBucketRateLimiter _pace = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(1, casesPerSecond / 10),
        TokensPerPeriod = Math.Max(1, casesPerSecond / 10),
        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
        QueueLimit = concurrency,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    int _next = -1;

    public int Acknowledged => _acknowledged.Count;

    public IReadOnlyCollection<AcknowledgedCase> Cases => _acknowledged;

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(cancellationToken), cancellationToken)));

    /// <summary>Returns once <paramref name="count"/> cases are acknowledged (or all of them, if fewer).</summary>
    public Task WhenAcknowledgedAsync(int count, TimeSpan within) =>
        Eventually.ReturnsAsync(() => Task.FromResult(Acknowledged), n => n >= Math.Min(count, total), within);

    async Task WorkAsync(CancellationToken cancellationToken)
    {
        for (var index = Interlocked.Increment(ref _next); index < total; index = Interlocked.Increment(ref _next))
        {
            using var lease = await _pace.AcquireAsync(1, cancellationToken);
            _acknowledged.Enqueue(await journey.RunAsync(CasePlan.For(run, index), cancellationToken));
        }
    }

    public bool Finished => Acknowledged >= total;

    public void Dispose() => _pace.Dispose();
}
