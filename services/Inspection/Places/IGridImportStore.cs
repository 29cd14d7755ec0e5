using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Places;

/// <summary>The inspection service's persistence port for grid imports, kept in sequence.</summary>
public interface IGridImportStore
{
    /// <summary>Every import in ascending <see cref="GridImport.Number"/>; empty while none was made.</summary>
    Task<IReadOnlyList<GridImport>> LoadAllAsync(CancellationToken cancellationToken);

    /// <summary>The number of the latest import, 0 when none was made: a cheap check whether a reload is due.</summary>
    Task<long> LatestNumberAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Saves a new import with its event, atomically. Throws <see cref="ConcurrencyConflictException"/> when
    /// an import of the same number was saved first (another import won the race).
    /// </summary>
    Task SaveAsync(GridImport import, CancellationToken cancellationToken);
}
