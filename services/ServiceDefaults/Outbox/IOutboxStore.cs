namespace DigitalCity.ServiceDefaults.Outbox;

/// <summary>The storage side of reliable publishing: what is pending, and what has been confirmed.</summary>
public interface IOutboxStore
{
    /// <summary>The oldest unsent messages, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<OutboxMessage>> GetPendingAsync(int max, CancellationToken cancellationToken);

    /// <summary>Records that the broker confirmed these messages.</summary>
    Task MarkSentAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>Forgets messages confirmed before <paramref name="cutoff"/>.</summary>
    Task PurgeSentAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>How many messages wait to be published (for health and metrics).</summary>
    Task<long> CountPendingAsync(CancellationToken cancellationToken);
}
