namespace DigitalCity.Benchmarks;

/// <summary>
/// Counts the deliveries of one round and completes when the expected number has arrived. Both
/// scenarios' consumers report here, so "received all N" means the same thing in each.
/// </summary>
sealed class DeliveryCounter
{
    /// <summary>How long the consumer may go on after publishing ended before the round is declared lost.</summary>
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    int _received;
    int _expected;
    TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts a round; call before the first message is published.</summary>
    public void Expect(int count)
    {
        _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _received, 0);
        Volatile.Write(ref _expected, count);
    }

    public void Count()
    {
        if (Interlocked.Increment(ref _received) == Volatile.Read(ref _expected))
        {
            _all.TrySetResult();
        }
    }

    /// <exception cref="TimeoutException">Some messages never arrived.</exception>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _all.Task.WaitAsync(Patience, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Received {Volatile.Read(ref _received)} of {_expected} messages within {Patience}.");
        }
    }
}
