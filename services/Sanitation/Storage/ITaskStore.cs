using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Storage;

/// <summary>The sanitation service's persistence port for tasks.</summary>
public interface ITaskStore
{
    /// <summary>More tasks than any one case gets (one per dispatch and per rework); lists by case stop there.</summary>
    const int MaxTasksPerCase = 1000;

    Task<SanitationTask?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The task a case's event opened (<see cref="SanitationTask.SourceEventId"/>), if any.</summary>
    Task<SanitationTask?> FindBySourceAsync(Guid caseId, Guid sourceEventId, CancellationToken cancellationToken);

    /// <summary>Every task of one case (a handful: one per dispatch and per rework), oldest first.</summary>
    Task<IReadOnlyList<SanitationTask>> ListByCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>The open task of a bin or point (<see cref="SanitationTask.FacilityCode"/>), if any: at most one is open at a time.</summary>
    Task<SanitationTask?> FindOpenForFacilityAsync(string facilityCode, CancellationToken cancellationToken);

    /// <summary>The task a staff report with this caller-scoped Idempotency-Key opened, if any.</summary>
    Task<SanitationTask?> FindByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates the task with its pending events, atomically. A second task opened by the
    /// same event of the same case, a second open task of the same facility, or a second task of the same
    /// Idempotency-Key is refused with <see cref="DuplicateKeyException"/>.
    /// </summary>
    Task SaveAsync(SanitationTask task, CancellationToken cancellationToken);

    /// <summary>Tasks oldest first (the queue a crew works through), filtered.</summary>
    Task<Page<SanitationTask>> ListAsync(TaskFilter filter, PageRequest page, CancellationToken cancellationToken);
}
