namespace DigitalCity.ServiceDefaults.Outbox;

/// <summary>
/// The storage side of reliable publishing. Messages are claimed under a lease before they are
/// published, so several replicas of a service can run their dispatchers side by side without
/// publishing the same event twice; a replica that dies mid-batch loses its lease and another
/// replica takes the messages over.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Claims the oldest unsent messages that nobody holds (never leased, released, or lease expired
    /// at <paramref name="now"/>), at most <paramref name="max"/>, leasing them until <paramref name="leaseUntil"/>.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimPendingAsync(int max, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Records that the broker confirmed these messages.</summary>
    Task MarkSentAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>Gives claimed but unpublished messages back, so the next round can claim them at once.</summary>
    Task ReleaseAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>Forgets messages confirmed before <paramref name="cutoff"/>.</summary>
    Task PurgeSentAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>How many messages wait to be published, claimed or not (for health and metrics).</summary>
    Task<long> CountPendingAsync(CancellationToken cancellationToken);
}
