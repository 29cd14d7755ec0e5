using DigitalCity.Contracts;

namespace DigitalCity.ServiceDefaults.Domain;

/// <summary>
/// Base of every aggregate a service persists: an id, the version used for optimistic concurrency,
/// and the events its transitions raised since it was loaded. A store writes the state and those
/// events in one atomic operation, then calls <see cref="MarkPersisted"/>.
/// </summary>
public abstract class AggregateRoot
{
    readonly List<IIntegrationEvent> _pending = [];

    public Guid Id { get; protected set; }

    /// <summary>The version the store holds; 0 for an aggregate never saved.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<IIntegrationEvent> PendingEvents() => _pending;

    protected void Raise(IIntegrationEvent @event) => _pending.Add(@event);

    public void MarkPersisted(long version)
    {
        Version = version;
        _pending.Clear();
    }
}
