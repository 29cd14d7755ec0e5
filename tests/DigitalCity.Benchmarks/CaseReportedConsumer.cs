using DigitalCity.Contracts.Inspection;
using MassTransit;

namespace DigitalCity.Benchmarks;

/// <summary>Only counts: with no handling work, the figure is about moving events, not processing them.</summary>
sealed class CaseReportedConsumer(DeliveryCounter counter) : IConsumer<CaseReported>
{
    public Task Consume(ConsumeContext<CaseReported> context)
    {
        counter.Count();
        return Task.CompletedTask;
    }
}
