using DigitalCity.Contracts.Sanitation;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Inspection.Consumers;

/// <summary>
/// A sanitation task opened for a case dispatched to the sanitation department was completed: its result
/// becomes that department's handling result (处理反馈), and once every department has reported the case
/// awaits re-check. A redelivered event finds the result already recorded and changes nothing; a
/// concurrent edit of the case makes the save conflict and the message is retried.
/// <para>
/// The case refuses a result it cannot take (the bus does not retry those). Nothing is lost silently:
/// a result for a case no longer dispatched to sanitation (returned, voided, handled, closed) is moot —
/// it is logged at warning with the case and task ids and dropped; a result the case may still want
/// (sanitation's own request awaits a decision, or the case is suspended) is logged and rethrown, so it
/// is kept in the <c>_error</c> queue to be moved back once the case can take it.
/// </para>
/// </summary>
public sealed partial class SanitationTaskCompletedConsumer(ICaseStore store, DeadlineCalculator deadlines, TimeProvider time, ILogger<SanitationTaskCompletedConsumer> logger)
    : IConsumer<SanitationTaskCompleted>
{
    /// <summary>The department of results from sanitation publishers that do not name one.</summary>
    public const string DefaultDepartment = "sanitation";

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

        var department = completed.DepartmentCode ?? DefaultDepartment;
        try
        {
            if (@case.RecordHandlingResult(completed.TaskId, department, completed.Result, completed.PhotoRefs, completed.CompletedBy, time, deadlines))
            {
                await store.SaveAsync(@case, context.CancellationToken);
            }
        }
        catch (Exception refused) when (refused is InvalidTransitionException or AccessDeniedException)
        {
            if (@case.AwaitsHandlingFrom(department))
            {
                LogKept(completed.TaskId, caseId, @case.Number, @case.Status.ToString(), refused.Message);
                throw;
            }

            LogDropped(completed.TaskId, caseId, @case.Number, department, @case.Status.ToString(), refused.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sanitation task {TaskId} completed for case {CaseId}, which this service does not know")]
    partial void LogUnknownCase(Guid caseId, Guid taskId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Result of sanitation task {TaskId} dropped: case {CaseId} ({CaseNumber}) is no longer dispatched to {Department} (case {Status}): {Reason}")]
    partial void LogDropped(Guid taskId, Guid caseId, string caseNumber, string department, string status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Result of sanitation task {TaskId} refused for now and kept in the error queue: case {CaseId} ({CaseNumber}) is {Status}: {Reason}")]
    partial void LogKept(Guid taskId, Guid caseId, string caseNumber, string status, string reason);
}
