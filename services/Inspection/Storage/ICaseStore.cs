using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Storage;

/// <summary>The inspection service's persistence port for cases, shaped by its use cases.</summary>
public interface ICaseStore
{
    Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Case?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates the case with its pending events, atomically. Throws
    /// <see cref="ConcurrencyConflictException"/> when the stored version moved, and
    /// <see cref="DuplicateKeyException"/> when the idempotency key is taken.
    /// </summary>
    Task SaveAsync(Case @case, CancellationToken cancellationToken);

    /// <summary>
    /// Open cases of <paramref name="categoryCode"/> reported since <paramref name="since"/> within
    /// <paramref name="radiusMeters"/> of <paramref name="point"/>, nearest first.
    /// </summary>
    Task<IReadOnlyList<DuplicateCandidate>> FindNearbyOpenAsync(string categoryCode, DigitalCity.Contracts.GeoPoint point, double radiusMeters, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The dashboard's counts over the cases matching <paramref name="filter"/>.</summary>
    Task<CaseCounts> CountAsync(CaseFilter filter, CancellationToken cancellationToken);

    /// <summary>Cases newest first, optionally of one reporter, in one state and/or of one department.</summary>
    Task<Page<Case>> ListAsync(CaseFilter filter, PageRequest page, CancellationToken cancellationToken);
}

/// <summary>What operators filter case lists by; every part is optional.</summary>
/// <param name="Department">Only cases dispatched to this department (returned assignments included).</param>
/// <param name="Unassigned">true: only cases outside every grid; false: only placed ones.</param>
/// <param name="ReportedFrom">Reported at or after (inclusive).</param>
/// <param name="ReportedBefore">Reported before (exclusive).</param>
/// <param name="Alert">Only cases with a department still working whose deadline alert is at least this (Warned: yellow or red; Overdue: red).</param>
/// <param name="Open">true: only cases still in the loop; false: only rejected, closed or voided ones (<see cref="Case.IsOpen"/>).</param>
public sealed record CaseFilter(
    string? ReportedBy = null,
    CaseStatus? Status = null,
    string? Department = null,
    string? CategoryCode = null,
    string? DistrictCode = null,
    string? GridCode = null,
    bool? Unassigned = null,
    DateTimeOffset? ReportedFrom = null,
    DateTimeOffset? ReportedBefore = null,
    DeadlineAlert? Alert = null,
    bool? Open = null);

/// <summary>Counts for the supervision centre's dashboard.</summary>
/// <param name="ByStatus">Cases per state.</param>
/// <param name="Warned">Open cases with a department in yellow (80 % of its time used, not yet overdue).</param>
/// <param name="Overdue">Open cases with a department past its due instant (red).</param>
public sealed record CaseCounts(IReadOnlyDictionary<CaseStatus, long> ByStatus, long Warned, long Overdue, long Unassigned, long Supervised)
{
    public long Total => ByStatus.Values.Sum();
}
