using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Overflow;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using MassTransit;

namespace DigitalCity.Sanitation.Consumers;

/// <summary>
/// 派遣 — a case dispatched to the sanitation department (<see cref="SanitationOptions.DepartmentCode"/>)
/// becomes a task for a crew, with the case's report and the department's due instant as its deadline;
/// a dispatch to other departments only is none of ours. One dispatch gives one task however often the
/// event is delivered: the store refuses a second task opened by the same event of the same case, so a
/// redelivery — even one racing the first — has no second effect. A later dispatch of the same case to
/// sanitation (after a return) is a new event and opens a new task. A case of an overflow category
/// (<see cref="OverflowOptions.CategoryCodes"/>, 垃圾满溢) opens a collection task (清运).
/// </summary>
public sealed class CaseDispatchedConsumer(ITaskStore store, SanitationOptions options, OverflowOptions overflow, TimeProvider time) : IConsumer<CaseDispatched>
{
    public async Task Consume(ConsumeContext<CaseDispatched> context)
    {
        var dispatched = context.Message;
        var department = dispatched.Departments.FirstOrDefault(d => string.Equals(d.DepartmentCode, options.DepartmentCode, StringComparison.Ordinal));
        if (department is null
            || await store.FindBySourceAsync(dispatched.CaseId, dispatched.EventId, context.CancellationToken) is not null)
        {
            return;
        }

        try
        {
            await store.SaveAsync(SanitationTask.FromDispatch(dispatched, department, time,
                overflow.IsOverflowCategory(dispatched.CategoryCode) ? TaskKind.Collection : TaskKind.General), context.CancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // the same dispatch's task was created by a concurrent delivery
        }
    }
}
