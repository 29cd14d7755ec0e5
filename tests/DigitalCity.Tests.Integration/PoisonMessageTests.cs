using System.Text;

namespace DigitalCity.Tests.Integration;

/// <summary>
/// Poison messages (#9): a message that can never be consumed ends in its queue's <c>_error</c> queue with the reason
/// in its headers, the queue keeps flowing, and once the cause is fixed the documented re-drive
/// (docs/messaging.md#re-driving-an-error-queue) puts it back, where it takes effect once.
/// </summary>
public class PoisonMessageTests(DistributedSystem system)
{
    static readonly string ErrorQueue = ErrorQueues.Of(Weighbridge.Queue);

    [Theory]
    [InlineData("{ \"weighbridgeCode\": \"WB-1\", ticketNumber: 0009", "System.Text.Json.JsonReaderException")]
    [InlineData("""{"weighbridgeCode":"WB-1","ticketNumber":"000917","weightKg":2100}""", "System.ArgumentNullException")]
    [InlineData($$"""{"messageType":["{{Weighbridge.MessageType}}"],"message":"WB-1/000917 2100 kg"}""", "System.Text.Json.JsonException")]
    public async Task A_malformed_message_goes_to_the_error_queue_with_its_fault_and_the_next_ticket_is_still_recorded(string body, string exceptionType)
    {
        system.RequireBroker();
        var site = Weighbridge.NewSite();
        await system.RegisterSiteAsync(site);
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var poison = Guid.NewGuid();
        var next = Weighbridge.NewTicketNumber();

        // Not JSON; JSON but no MassTransit envelope; an envelope whose message is not a ticket.
        await channel.PublishBodyAsync(Weighbridge.Exchange, Encoding.UTF8.GetBytes(body), poison);
        await channel.PublishTicketAsync(site, next);

        var faulted = await Eventually.ReturnsAsync(() => connection.PeekAsync(ErrorQueue, poison), m => m is not null);
        Assert.Equal(body, faulted!.Body);
        Assert.Equal("fault", faulted.Header("MT-Reason"));
        Assert.Equal(exceptionType, faulted.Header("MT-Fault-ExceptionType"));
        Assert.EndsWith($"/{Weighbridge.Queue}", faulted.Header("MT-Fault-InputAddress"), StringComparison.Ordinal);
        // The queue keeps flowing: the ticket sent right after the poison is recorded.
        Assert.Equal([Weighbridge.Ticket(next)], await Eventually.ReturnsAsync(() => system.TicketsAtAsync(site), t => t.Count > 0));
    }

    [Fact]
    public async Task A_ticket_for_a_site_not_yet_registered_waits_in_the_error_queue_and_once_re_driven_is_recorded_once()
    {
        system.RequireBroker();
        Redrive.RequireRabbitmqctl();
        var site = Weighbridge.NewSite();
        var ticket = Weighbridge.NewTicketNumber();
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        var messageId = await channel.PublishTicketAsync(site, ticket);

        var faulted = await Eventually.ReturnsAsync(() => connection.PeekAsync(ErrorQueue, messageId), m => m is not null);
        Assert.Equal("DigitalCity.ServiceDefaults.Domain.RejectedMessageException", faulted!.Header("MT-Fault-ExceptionType"));
        Assert.Contains($"siteCode: '{site}' is not a registered, active facility.", faulted.Header("MT-Fault-Message"), StringComparison.Ordinal);
        Assert.Equal("DigitalCity.Sanitation.Collection.WeighbridgeTicketRecordedConsumer", faulted.Header("MT-Fault-ConsumerType"));
        Assert.Empty(await system.TicketsAtAsync(site));

        // The cause is fixed (the station is registered), then an operator re-drives the error queue.
        await system.RegisterSiteAsync(site);
        await Redrive.RunAsync(system.Broker, Weighbridge.Queue);

        Assert.Equal([Weighbridge.Ticket(ticket)], await Eventually.ReturnsAsync(() => system.TicketsAtAsync(site), t => t.Count > 0));
        await Eventually.ReturnsAsync(() => Task.FromResult(system.Spans.Receipts(Weighbridge.Queue, messageId)), n => n == 2);
        Assert.Null(await connection.PeekAsync(ErrorQueue, messageId));

        // The weighbridge sends the ticket again and the operator re-drives once more: still one record.
        var resent = await channel.PublishTicketAsync(site, ticket);
        await Eventually.ReturnsAsync(() => Task.FromResult(system.Spans.Receipts(Weighbridge.Queue, resent)), n => n == 1);
        await Redrive.RunAsync(system.Broker, Weighbridge.Queue);
        Assert.Null(await connection.PeekAsync(ErrorQueue, resent));
        Assert.Equal(2, system.Spans.Receipts(Weighbridge.Queue, messageId));
        Assert.Equal([Weighbridge.Ticket(ticket)], await system.TicketsAtAsync(site));
    }
}
