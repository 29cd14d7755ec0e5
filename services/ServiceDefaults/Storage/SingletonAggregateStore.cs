using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.ServiceDefaults.Storage;

/// <summary>
/// A service's one aggregate of a kind under a fixed id — a city's dispatch rule set, its category book:
/// the saved document, or the seed (version 0) while none was saved. Saving is optimistic and carries the
/// aggregate's events into the service's outbox; two first saves of the seed conflict like a stale version.
/// </summary>
public sealed class SingletonAggregateStore<T>
    where T : AggregateRoot
{
    readonly Func<Guid, CancellationToken, Task<T?>> _find;
    readonly Func<T, CancellationToken, Task> _save;
    readonly Guid _id;
    readonly Func<T> _seed;

    internal SingletonAggregateStore(Func<Guid, CancellationToken, Task<T?>> find, Func<T, CancellationToken, Task> save, Guid id, Func<T> seed)
    {
        _find = find;
        _save = save;
        _id = id;
        _seed = seed;
    }

    public async Task<T> LoadAsync(CancellationToken cancellationToken) => await _find(_id, cancellationToken) ?? _seed();

    /// <summary>Throws <see cref="ConcurrencyConflictException"/> when the stored version moved since it was loaded.</summary>
    public async Task SaveAsync(T aggregate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        try
        {
            await _save(aggregate, cancellationToken);
        }
        catch (DuplicateKeyException) when (aggregate.Version == 0)
        {
            // Another first save of the seed won the fixed id: the same conflict as a stale version.
            throw new ConcurrencyConflictException(typeof(T).Name, aggregate.Id, 0);
        }
    }
}
