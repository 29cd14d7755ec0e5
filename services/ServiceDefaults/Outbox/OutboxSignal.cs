using System.Threading.Channels;

namespace DigitalCity.ServiceDefaults.Outbox;

/// <summary>
/// Wakes a service's dispatcher right after a commit wrote events, so publishing does not wait for
/// the next poll. Notifications coalesce: many commits while the dispatcher is busy wake it once.
/// </summary>
public sealed class OutboxSignal
{
    readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a notification or until <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await _channel.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // the poll interval passed without a notification
        }
    }
}
