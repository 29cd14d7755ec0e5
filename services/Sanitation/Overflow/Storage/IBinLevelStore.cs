using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Overflow.Storage;

/// <summary>The bins' latest fill levels; one document per bin code (a second is a <see cref="DuplicateKeyException"/>).</summary>
public interface IBinLevelStore
{
    Task<BinLevel?> FindAsync(string binCode, CancellationToken cancellationToken);

    /// <summary>Inserts or updates with an optimistic version check (<see cref="ConcurrencyConflictException"/>).</summary>
    Task SaveAsync(BinLevel level, CancellationToken cancellationToken);

    /// <summary>Bins by code.</summary>
    Task<Page<BinLevel>> ListAsync(PageRequest page, CancellationToken cancellationToken);
}
