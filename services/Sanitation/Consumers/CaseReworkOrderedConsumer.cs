using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Sanitation.Consumers;

/// <summary>
/// 返工 — a failed re-check sent the case back to the sanitation department: a <b>new</b> task opens for
/// the rework (the completed one is not reopened), with the place, report and deadline of the case's
/// latest task. A new task keeps the first round's result on record, and the case recognises each
/// round's result by its task id. If the case still has an open task (its part was reported handled
/// some other way), that task is the rework and nothing opens. Idempotent like dispatch: the store
/// refuses a second task opened by the same rework event.
/// </summary>
public sealed partial class CaseReworkOrderedConsumer(ITaskStore store, SanitationOptions options, TimeProvider time, ILogger<CaseReworkOrderedConsumer> logger)
    : IConsumer<CaseReworkOrdered>
{
    public async Task Consume(ConsumeContext<CaseReworkOrdered> context)
    {
        var rework = context.Message;
        if (!rework.DepartmentCodes.Contains(options.DepartmentCode, StringComparer.Ordinal))
        {
            return;
        }

        var tasks = await store.ListByCaseAsync(rework.CaseId, context.CancellationToken);
        if (tasks.Any(t => t.SourceEventId == rework.EventId || t.Status == SanitationTaskStatus.Open))
        {
            return;
        }

        if (tasks.Count == 0)
        {
            LogNoEarlierTask(rework.CaseId, rework.CaseNumber);
            return;
        }

        try
        {
            await store.SaveAsync(SanitationTask.ForRework(tasks[^1], rework, time), context.CancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // the same rework's task was created by a concurrent delivery
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rework of case {CaseId} ({CaseNumber}) ordered for sanitation, but sanitation has no earlier task of it to copy the place from; no task opened")]
    partial void LogNoEarlierTask(Guid caseId, string caseNumber);
}
