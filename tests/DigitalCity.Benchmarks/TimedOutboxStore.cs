using System.Diagnostics;
using DigitalCity.ServiceDefaults.Outbox;

namespace DigitalCity.Benchmarks;

/// <summary>
/// Wraps the real store and adds up the time spent reading pending rows and marking them sent, so a
/// round can say how much of the dispatch was SQLite and how much was publishing.
/// </summary>
sealed class TimedOutboxStore(IOutboxStore inner) : IOutboxStore
{
    public TimeSpan Reading { get; private set; }

    public TimeSpan Marking { get; private set; }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimPendingAsync(int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var pending = await inner.ClaimPendingAsync(max, now, leaseUntil, cancellationToken);
        Reading += Stopwatch.GetElapsedTime(start);
        return pending;
    }

    public async Task MarkSentAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.MarkSentAsync(messages, sentAt, cancellationToken);
        Marking += Stopwatch.GetElapsedTime(start);
    }

    public Task ReleaseAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken) => inner.ReleaseAsync(messages, cancellationToken);

    public Task PurgeSentAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.PurgeSentAsync(cutoff, cancellationToken);

    public Task<long> CountPendingAsync(CancellationToken cancellationToken) => inner.CountPendingAsync(cancellationToken);
}
