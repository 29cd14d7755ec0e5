using DigitalCity.Contracts.Inspection;
using MassTransit;

namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>
/// Projects the inspection service's own campaign events into the campaign figures, on queue
/// <c>inspection-campaign-figures</c>. Facts are recorded if absent, so a redelivered event counts once.
/// </summary>
public sealed class CampaignFiguresConsumer(ICampaignFigureStore store)
    : IConsumer<InspectionGroupFormed>,
      IConsumer<InspectionCompleted>,
      IConsumer<HazardFound>,
      IConsumer<HazardRectified>,
      IConsumer<RectificationOverdue>
{
    public Task Consume(ConsumeContext<InspectionGroupFormed> context) => store.RecordAsync(FigureProjector.Project(context.Message), context.CancellationToken);

    public Task Consume(ConsumeContext<InspectionCompleted> context) => store.RecordAsync(FigureProjector.Project(context.Message), context.CancellationToken);

    public Task Consume(ConsumeContext<HazardFound> context) => store.RecordAsync(FigureProjector.Project(context.Message), context.CancellationToken);

    public Task Consume(ConsumeContext<HazardRectified> context) => store.RecordAsync(FigureProjector.Project(context.Message), context.CancellationToken);

    public Task Consume(ConsumeContext<RectificationOverdue> context) => store.RecordAsync(FigureProjector.Project(context.Message), context.CancellationToken);
}
