using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using MassTransit;

namespace DigitalCity.Sanitation.Consumers;

/// <summary>
/// A case of a sanitation category (暴露垃圾, 垃圾满溢, 道路不洁 …) becomes a task for a crew. One case
/// gives one task however often the event is delivered: the task store refuses a second task for the
/// same case, so a redelivery — even one racing the first — has no second effect.
/// </summary>
public sealed class CaseReportedConsumer(ITaskStore store, SanitationOptions options, TimeProvider time) : IConsumer<CaseReported>
{
    public async Task Consume(ConsumeContext<CaseReported> context)
    {
        var reported = context.Message;
        if (!options.CaseCategories.Contains(reported.CategoryCode, StringComparer.OrdinalIgnoreCase)
            || await store.FindByCaseAsync(reported.CaseId, context.CancellationToken) is not null)
        {
            return;
        }

        try
        {
            await store.SaveAsync(SanitationTask.FromCase(reported, time), context.CancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // the same case's task was created by a concurrent delivery
        }
    }
}
