using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Cleaning.Storage;

/// <summary>The persistence port of road cleaning plans (一路一策) and the runs recorded against them.</summary>
public interface ICleaningStore
{
    /// <summary>More runs than the segments of one compliance page have in their period; a query stops there.</summary>
    const int MaxRunsPerQuery = 20_000;

    Task<CleaningPlan?> FindPlanAsync(string segmentCode, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates a plan with its pending events, atomically. Throws <see cref="ConcurrencyConflictException"/>
    /// when the stored version moved, and <see cref="DuplicateKeyException"/> when a new plan's segment code is taken.
    /// </summary>
    Task SavePlanAsync(CleaningPlan plan, CancellationToken cancellationToken);

    /// <summary>Plans by segment code, from the <paramref name="skip"/>th on.</summary>
    Task<IReadOnlyList<CleaningPlan>> ListPlansAsync(PlanFilter filter, int skip, int limit, CancellationToken cancellationToken);

    Task<long> CountPlansAsync(PlanFilter filter, CancellationToken cancellationToken);

    Task<CleaningRun?> FindRunByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken);

    /// <summary>Inserts a run with its event; <see cref="DuplicateKeyException"/> when its idempotency key is taken.</summary>
    Task SaveRunAsync(CleaningRun run, CancellationToken cancellationToken);

    /// <summary>The runs of these segments on the city days <paramref name="from"/> to <paramref name="to"/>, by start (at most <see cref="MaxRunsPerQuery"/>).</summary>
    Task<IReadOnlyList<CleaningRun>> ListRunsAsync(IReadOnlyCollection<string> segmentCodes, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>Which plans a list or the compliance figures cover; every part is optional.</summary>
/// <param name="CrewMember">Only the plans this user is in a crew of (a sanitation staff member's own).</param>
public sealed record PlanFilter(string? DistrictCode = null, string? CrewMember = null);
