using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Storage;
using MassTransit;

namespace DigitalCity.Sanitation.Consumers;

/// <summary>
/// 延期 — the dispatcher approved more time for the sanitation department's part of a case: its open
/// tasks are due at the new instant. Another department's extension changes nothing here; a redelivered
/// or overtaken extension changes nothing either (deadlines only move later).
/// </summary>
public sealed class CaseExtendedConsumer(ITaskStore store, SanitationOptions options) : IConsumer<CaseExtended>
{
    public async Task Consume(ConsumeContext<CaseExtended> context)
    {
        var extended = context.Message;
        if (extended.DepartmentCode != options.DepartmentCode)
        {
            return;
        }

        foreach (var task in await store.ListByCaseAsync(extended.CaseId, context.CancellationToken))
        {
            if (task.Extend(extended.NewDueAt))
            {
                await store.SaveAsync(task, context.CancellationToken);
            }
        }
    }
}
