using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Storage;
using MassTransit;

namespace DigitalCity.Sanitation.Consumers;

/// <summary>
/// 回退 — the dispatcher approved the sanitation department's return of a case: its open task is
/// cancelled with the reason. A return of another department's part changes nothing here. Only tasks
/// opened before the return are cancelled, so a re-dispatch to sanitation whose event overtook the
/// return keeps its task; a redelivery finds nothing open and changes nothing.
/// </summary>
public sealed class CaseReturnedConsumer(ITaskStore store, SanitationOptions options, TimeProvider time) : IConsumer<CaseReturned>
{
    public Task Consume(ConsumeContext<CaseReturned> context)
    {
        var returned = context.Message;
        return returned.DepartmentCode != options.DepartmentCode
            ? Task.CompletedTask
            : TaskCancellation.CancelOpenTasksAsync(store, returned.CaseId, returned.OccurredAt,
                $"回退: the case was returned from {returned.DepartmentCode} (approved by {returned.ApprovedBy})", time, context.CancellationToken);
    }
}
