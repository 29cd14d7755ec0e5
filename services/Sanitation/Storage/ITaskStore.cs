using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Storage;

/// <summary>The sanitation service's persistence port for tasks.</summary>
public interface ITaskStore
{
    Task<SanitationTask?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<SanitationTask?> FindByCaseAsync(Guid caseId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or updates the task with its pending events, atomically. A second task for the same
    /// case is refused with <see cref="DuplicateKeyException"/> (one case, one task).
    /// </summary>
    Task SaveAsync(SanitationTask task, CancellationToken cancellationToken);

    /// <summary>Tasks oldest first (the queue a crew works through), optionally in one state.</summary>
    Task<Page<SanitationTask>> ListAsync(SanitationTaskStatus? status, PageRequest page, CancellationToken cancellationToken);
}
