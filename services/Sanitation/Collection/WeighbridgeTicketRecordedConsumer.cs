using DigitalCity.Contracts.Sanitation.Collection;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using MassTransit;

namespace DigitalCity.Sanitation.Collection;

/// <summary>
/// 地磅数据 — a weighbridge's ticket becomes a collection record under the ticket <c>{weighbridge}/{number}</c>, by the
/// same rules as a typed or imported record. A ticket delivered twice is recorded once. A ticket the rules refuse is
/// not retried: it goes to <c>sanitation-weighbridge-ticket-recorded_error</c> with every reason in the fault, and
/// the queue keeps flowing. Named for the message, so that its queue is <c>sanitation-weighbridge-ticket-recorded</c>.
/// </summary>
public sealed class WeighbridgeTicketRecordedConsumer(CollectionIntake intake) : IConsumer<WeighbridgeTicketRecorded>
{
    public async Task Consume(ConsumeContext<WeighbridgeTicketRecorded> context)
    {
        var ticket = context.Message;
        var entry = new CollectionEntry(
            $"{ticket.WeighbridgeCode}/{ticket.TicketNumber}",
            WasteTypeNames.TryParse(ticket.WasteType, out var type) ? type : null,
            ticket.WeightKg,
            ticket.SiteCode,
            ticket.VehicleCode,
            ticket.DestinationCode,
            [],
            ticket.WeighedAt);
        var errors = new ValidationErrors();
        var records = await intake.CheckAsync([("", entry)], $"weighbridge:{ticket.WeighbridgeCode}", $"weighbridge:{ticket.WeighbridgeCode}", errors, context.CancellationToken);
        if (errors.Any)
        {
            throw new RejectedMessageException(
                $"Weighbridge ticket {entry.Ticket} refused: {string.Join(" ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
        }

        await intake.StoreAsync(records, context.CancellationToken);
    }
}
