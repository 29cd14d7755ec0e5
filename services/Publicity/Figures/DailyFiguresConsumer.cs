using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Contracts.Sanitation.Collection;
using DigitalCity.Publicity.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Publicity.Figures;

/// <summary>
/// Counts the other services' events into the daily figures per district that bulletins are drafted from. Each
/// event is one fact per metric keyed by its id, so at-least-once delivery never inflates a figure. Events that
/// carry a city-local day (campaigns, collection) count on it; case events on the city day they happened. Case
/// events after the report carry no district: they take the district remembered from the case's
/// <see cref="CaseReported"/>, and one that arrives first gets it when the report does.
/// </summary>
public sealed class DailyFiguresConsumer(IFigureStore store, CityClock city, ILogger<DailyFiguresConsumer> logger)
    : IConsumer<CaseReported>, IConsumer<CaseHandled>, IConsumer<CaseClosed>, IConsumer<SanitationTaskCompleted>,
      IConsumer<InspectionGroupFormed>, IConsumer<InspectionCompleted>, IConsumer<HazardFound>, IConsumer<HazardRectified>,
      IConsumer<WasteCollected>
{
    public async Task Consume(ConsumeContext<CaseReported> context)
    {
        var e = context.Message;
        if (e.DistrictCode is not null)
        {
            await store.RememberCaseDistrictAsync(e.CaseId, e.DistrictCode, context.CancellationToken);
        }

        await store.RecordAsync(new FigureFact(e.EventId, city.DayOf(e.OccurredAt), Metrics.CasesReported, e.DistrictCode, CaseId: e.CaseId), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<CaseHandled> context) =>
        RecordCaseAsync(context.Message, context.Message.CaseId, Metrics.CasesHandled, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseClosed> context) =>
        RecordCaseAsync(context.Message, context.Message.CaseId, Metrics.CasesClosed, context.CancellationToken);

    public Task Consume(ConsumeContext<SanitationTaskCompleted> context) =>
        RecordCaseAsync(context.Message, context.Message.CaseId, Metrics.SanitationTasksCompleted, context.CancellationToken);

    public async Task Consume(ConsumeContext<InspectionGroupFormed> context)
    {
        var e = context.Message;
        await store.RecordAsync(new FigureFact(e.EventId, e.Day, Metrics.GroupsSent, e.DistrictCode), context.CancellationToken);
        await store.RecordAsync(new FigureFact(e.EventId, e.Day, Metrics.OfficersSent, e.DistrictCode, e.OfficerIds.Count), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<InspectionCompleted> context) =>
        store.RecordAsync(new FigureFact(context.Message.EventId, context.Message.Day, Metrics.PremisesInspected, context.Message.DistrictCode), context.CancellationToken);

    public Task Consume(ConsumeContext<HazardFound> context) =>
        store.RecordAsync(new FigureFact(context.Message.EventId, context.Message.Day, Metrics.HazardsFound, context.Message.DistrictCode), context.CancellationToken);

    /// <summary>On the visit's day, as the inspection service's figures count it, so a period's rectified never exceeds its found.</summary>
    public Task Consume(ConsumeContext<HazardRectified> context) =>
        store.RecordAsync(new FigureFact(context.Message.EventId, context.Message.VisitDay, Metrics.HazardsRectified, context.Message.DistrictCode), context.CancellationToken);

    public Task Consume(ConsumeContext<WasteCollected> context)
    {
        var e = context.Message;
        if (Metrics.WasteKg(e.WasteType) is not { } metric)
        {
            logger.LogWarning("Waste type {WasteType} of collection record {RecordId} is not counted in bulletins.", e.WasteType, e.RecordId);
            return Task.CompletedTask;
        }

        return store.RecordAsync(new FigureFact(e.EventId, e.Day, metric, e.DistrictCode, e.WeightKg), context.CancellationToken);
    }

    async Task RecordCaseAsync(IIntegrationEvent @event, Guid? caseId, string metric, CancellationToken cancellationToken)
    {
        var district = caseId is { } id ? await store.FindCaseDistrictAsync(id, cancellationToken) : null;
        await store.RecordAsync(new FigureFact(@event.EventId, city.DayOf(@event.OccurredAt), metric, district, CaseId: caseId), cancellationToken);
    }
}
