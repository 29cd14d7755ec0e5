using DigitalCity.Sanitation.Storage;

namespace DigitalCity.Sanitation.Consumers;

/// <summary>Cancels a case's open tasks that a return or void makes unnecessary; cancelling twice changes nothing.</summary>
static class TaskCancellation
{
    /// <param name="openedBefore">Only tasks opened by a case event before this instant: a later dispatch's task survives an earlier return delivered late.</param>
    public static async Task CancelOpenTasksAsync(ITaskStore store, Guid caseId, DateTimeOffset? openedBefore, string reason, TimeProvider time, CancellationToken cancellationToken)
    {
        foreach (var task in await store.ListByCaseAsync(caseId, cancellationToken))
        {
            if (openedBefore is { } before && task.SourceEventAt is { } openedAt && openedAt >= before)
            {
                continue;
            }

            if (task.Cancel(reason, time))
            {
                await store.SaveAsync(task, cancellationToken);
            }
        }
    }
}
