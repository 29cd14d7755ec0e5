using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.ManholeCovers.Storage;

/// <summary>The persistence port of the manhole-cover registry: covers with their defects, one document each.</summary>
public interface IManholeCoverStore
{
    /// <summary>The cover of this 16-digit component code, or null.</summary>
    Task<ManholeCover?> FindAsync(string code, CancellationToken cancellationToken);

    /// <summary>Which of these codes are already on file.</summary>
    Task<IReadOnlyList<string>> FindExistingCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates a cover with its pending events, atomically. Throws <see cref="DuplicateKeyException"/>
    /// when a new cover's code is taken and <see cref="ConcurrencyConflictException"/> when the stored version moved.
    /// </summary>
    Task SaveAsync(ManholeCover cover, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts new covers (a registry import) with their events: in SQLite in one transaction, all or none.
    /// MongoDB inserts them one by one; see the adapter for what a race mid-import leaves.
    /// </summary>
    Task InsertAllAsync(IReadOnlyList<ManholeCover> covers, CancellationToken cancellationToken);

    /// <summary>Covers by code, filtered as operators ask.</summary>
    Task<Page<ManholeCover>> SearchAsync(CoverFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Every cover with a defect found in the campaign (for its figures; at most a few thousand).</summary>
    Task<IReadOnlyList<ManholeCover>> FindByCampaignAsync(Guid campaignId, CancellationToken cancellationToken);
}

/// <summary>What cover searches filter by; every part optional.</summary>
public sealed record CoverFilter(
    string? DistrictCode = null,
    ManholeKind? Kind = null,
    CoverState? State = null,
    string? OwnerCode = null,
    string? MaintainerCode = null);
