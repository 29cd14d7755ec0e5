using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>Bulletins: saved with their events and an optimistic version check, listed by status newest first.</summary>
public interface IBulletinStore
{
    Task<Bulletin?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Bulletin?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken);

    /// <summary>Inserts or updates with its events; <see cref="DuplicateKeyException"/> when a new draft's idempotency key is taken.</summary>
    Task SaveAsync(Bulletin bulletin, CancellationToken cancellationToken);

    /// <summary>Bulletins of one status, the latest published (then drafted) first.</summary>
    Task<Page<Bulletin>> ListAsync(BulletinStatus status, PageRequest page, CancellationToken cancellationToken);
}
