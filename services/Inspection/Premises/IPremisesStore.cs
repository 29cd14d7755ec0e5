using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Premises;

/// <summary>The inspection service's persistence port for the premises registry (一户一档).</summary>
public interface IPremisesStore
{
    Task<Premises?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The file registered with this registrar-scoped idempotency key, if any.</summary>
    Task<Premises?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken);

    /// <summary>The files with any of these unified social credit codes (the import's business key).</summary>
    Task<IReadOnlyList<Premises>> FindByCreditCodesAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates the file with its pending events, atomically. Throws
    /// <see cref="ConcurrencyConflictException"/> when the stored version moved, and
    /// <see cref="DuplicateKeyException"/> when its credit code or idempotency key is taken.
    /// </summary>
    Task SaveAsync(Premises premises, CancellationToken cancellationToken);

    /// <summary>As <see cref="SaveAsync"/> for several files at once: all are saved or none (an import).</summary>
    Task SaveAllAsync(IReadOnlyList<Premises> premises, CancellationToken cancellationToken);

    /// <summary>Files matching <paramref name="filter"/>, by name (then id), paged.</summary>
    Task<Page<Premises>> SearchAsync(PremisesFilter filter, PageRequest page, CancellationToken cancellationToken);
}

/// <summary>What campaign planners search the registry by; every part is optional.</summary>
/// <param name="Text">Contained in the name or the address, ignoring case.</param>
/// <param name="GasSupplier">The gas supplier's name, exactly.</param>
public sealed record PremisesFilter(
    string? Text = null,
    PremisesType? Type = null,
    string? DistrictCode = null,
    string? GridCode = null,
    string? GasSupplier = null);
