using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Publicity.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using MassTransit;

namespace DigitalCity.Publicity.Figures;

/// <summary>
/// Counts the other services' events into the daily figures bulletins are drafted from. Each event
/// is one fact keyed by its id, so at-least-once delivery never inflates a figure.
/// </summary>
public sealed class DailyFiguresConsumer(IFigureStore store, CityClock city)
    : IConsumer<CaseReported>, IConsumer<CaseHandled>, IConsumer<SanitationTaskCompleted>
{
    public Task Consume(ConsumeContext<CaseReported> context) => RecordAsync(context.Message, Metrics.CasesReported, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseHandled> context) => RecordAsync(context.Message, Metrics.CasesHandled, context.CancellationToken);

    public Task Consume(ConsumeContext<SanitationTaskCompleted> context) => RecordAsync(context.Message, Metrics.SanitationTasksCompleted, context.CancellationToken);

    Task RecordAsync(IIntegrationEvent @event, string metric, CancellationToken cancellationToken) =>
        store.RecordAsync(new FigureFact(@event.EventId, city.DayOf(@event.OccurredAt), metric), cancellationToken);
}
