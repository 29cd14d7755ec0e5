using DigitalCity.Contracts.Sanitation;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Inspection.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Inspection.Consumers;

/// <summary>
/// A sanitation task made from a case was completed: its result becomes the case's handling result
/// (处理反馈) and the case awaits re-check. A redelivered event finds the result already recorded and
/// changes nothing; a concurrent edit of the case makes the save conflict and the message is retried.
/// </summary>
public sealed partial class SanitationTaskCompletedConsumer(ICaseStore store, DeadlineCalculator deadlines, TimeProvider time, ILogger<SanitationTaskCompletedConsumer> logger)
    : IConsumer<SanitationTaskCompleted>
{
    public const string Department = "sanitation";

    public async Task Consume(ConsumeContext<SanitationTaskCompleted> context)
    {
        var completed = context.Message;
        if (completed.CaseId is not { } caseId)
        {
            return;
        }

        var @case = await store.FindAsync(caseId, context.CancellationToken);
        if (@case is null)
        {
            LogUnknownCase(caseId, completed.TaskId);
            return;
        }

        if (@case.RecordHandlingResult(completed.TaskId, Department, completed.Result, completed.PhotoRefs, completed.CompletedBy, time, deadlines))
        {
            await store.SaveAsync(@case, context.CancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sanitation task {TaskId} completed for case {CaseId}, which this service does not know")]
    partial void LogUnknownCase(Guid caseId, Guid taskId);
}
