using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Storage;
using MassTransit;

namespace DigitalCity.Sanitation.Consumers;

/// <summary>
/// 作废 — the case was voided, which is final: every open task of it is cancelled with the void's
/// reason. A redelivery finds nothing open and changes nothing.
/// </summary>
public sealed class CaseVoidedConsumer(ITaskStore store, TimeProvider time) : IConsumer<CaseVoided>
{
    public Task Consume(ConsumeContext<CaseVoided> context) =>
        TaskCancellation.CancelOpenTasksAsync(store, context.Message.CaseId, null,
            $"作废: the case was voided ({context.Message.Reason})", time, context.CancellationToken);
}
