using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Storage;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// Projects the inspection service's own case events into evaluation facts, on queue
/// <c>inspection-evaluation-facts</c>. Each event is read with its case (always saved before the outbox
/// publishes its events), except a report, whose event carries all its fact needs; the facts are recorded if absent, so a redelivered event, or events arriving
/// in another order than they happened, count once and the same.
/// </summary>
public sealed partial class EvaluationFactsConsumer(ICaseStore cases, IEvaluationStore facts, FactProjector projector, ILogger<EvaluationFactsConsumer> logger)
    : IConsumer<CaseReported>,
      IConsumer<CaseFiled>,
      IConsumer<CaseSelfHandled>,
      IConsumer<CaseVoided>,
      IConsumer<CaseVerificationRequested>,
      IConsumer<CaseVerified>,
      IConsumer<CaseRecheckRequested>,
      IConsumer<CaseRechecked>,
      IConsumer<CaseDispatched>,
      IConsumer<CaseReturned>,
      IConsumer<CaseAssignmentHandled>,
      IConsumer<CaseHandled>,
      IConsumer<CaseOverdue>,
      IConsumer<CaseReworkOrdered>,
      IConsumer<CaseClosed>
{
    public Task Consume(ConsumeContext<CaseReported> context) => ProjectReportedAsync(context.Message, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseFiled> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseSelfHandled> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseVoided> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseVerificationRequested> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseVerified> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseRecheckRequested> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseRechecked> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseDispatched> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseReturned> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseAssignmentHandled> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseHandled> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseOverdue> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseReworkOrdered> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    public Task Consume(ConsumeContext<CaseClosed> context) => ProjectAsync(context.Message, context.Message.CaseId, context.CancellationToken);

    /// <summary>Records the facts of one event; returns how many were new (for tests of redelivery).</summary>
    public async Task<int> ProjectAsync(IIntegrationEvent @event, Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await cases.FindAsync(caseId, cancellationToken);
        if (@case is null)
        {
            LogUnknownCase(@event.GetType().Name, caseId);
            return 0;
        }

        return await facts.RecordAsync(projector.Project(@event, @case), cancellationToken);
    }

    /// <summary>
    /// Records a report's facts from its event, without reading the case: one read and parse fewer for every
    /// report (see docs/benchmarks.md, "Report intake"). An older event without the street reads the case.
    /// </summary>
    public async Task<int> ProjectReportedAsync(CaseReported reported, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reported);
        return projector.ProjectReported(reported) is { } reportFacts
            ? await facts.RecordAsync(reportFacts, cancellationToken)
            : await ProjectAsync(reported, reported.CaseId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{EventType} names case {CaseId}, which this service does not know; no evaluation facts recorded")]
    partial void LogUnknownCase(string eventType, Guid caseId);
}
