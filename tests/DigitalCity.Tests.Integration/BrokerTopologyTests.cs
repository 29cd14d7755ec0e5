using System.Text;
using System.Text.Json;
using DigitalCity.ServiceDefaults.Security;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace DigitalCity.Tests.Integration;

/// <summary>What the broker shows other city systems: readable exchanges, one queue per service, error queues.</summary>
public class BrokerTopologyTests(DistributedSystem system)
{
    [Theory]
    [InlineData("digitalcity.inspection.case-reported")]
    [InlineData("digitalcity.inspection.case-handled")]
    [InlineData("digitalcity.sanitation.task-completed")]
    public async Task Events_are_published_to_stable_readable_exchanges(string exchange)
    {
        system.RequireBroker();
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        await channel.ExchangeDeclarePassiveAsync(exchange);
    }

    [Theory]
    [InlineData("sanitation-case-reported")]
    [InlineData("inspection-sanitation-task-completed")]
    [InlineData("inspection-evaluation-facts")]
    [InlineData("publicity-daily-figures")]
    public async Task Each_service_consumes_from_its_own_queue(string queue)
    {
        system.RequireBroker();
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        var declared = await channel.QueueDeclarePassiveAsync(queue);

        Assert.True(declared.ConsumerCount >= 1);
    }

    [Fact]
    public async Task Another_city_system_reads_CaseReported_with_plain_RabbitMQ_Client()
    {
        system.RequireBroker();
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync(exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, "digitalcity.inspection.case-reported", "");
        var bodies = new System.Collections.Concurrent.ConcurrentQueue<(string Body, IReadOnlyBasicProperties Properties)>();
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            bodies.Enqueue((Encoding.UTF8.GetString(delivery.Body.Span), delivery.BasicProperties));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);

        var caseId = (await system.ClientFor("officer-external", Roles.GridOfficer).ReportAsync("E0201")).GetProperty("id").GetString();

        var received = await Eventually.ReturnsAsync(
            () => Task.FromResult(bodies.Select(b => (Envelope: JsonDocument.Parse(b.Body).RootElement, b.Properties))
                .FirstOrDefault(b => b.Envelope.GetProperty("message").GetProperty("caseId").GetString() == caseId)),
            b => b.Properties is not null);
        var message = received.Envelope.GetProperty("message");
        Assert.Equal("E0201", message.GetProperty("categoryCode").GetString());
        Assert.Equal(message.GetProperty("eventId").GetString(), received.Envelope.GetProperty("messageId").GetString());
        Assert.Equal("application/vnd.masstransit+json", received.Properties.ContentType);
        Assert.Equal(message.GetProperty("eventId").GetString(), received.Properties.MessageId);
        Assert.True(received.Properties.Headers?.ContainsKey("traceparent"), "the W3C trace context travels in the AMQP headers");
        Assert.Contains("urn:message:DigitalCity.Contracts.Inspection:CaseReported",
            received.Envelope.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_message_the_consumer_refuses_ends_in_the_error_queue_and_the_queue_keeps_flowing()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-poison", Roles.GridOfficer);
        var staff = system.ClientFor("crew-poison", Roles.SanitationStaff);
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        const string errorQueue = "inspection-sanitation-task-completed_error";
        var before = await ErrorCountAsync(channel, errorQueue);

        // A second, different task result for a case that is already handled can never be applied.
        var handledCase = await HandleThroughTheLoopAsync(officer, staff, "E0102");
        await PublishTaskCompletedAsync(channel, Guid.NewGuid(), Guid.Parse(handledCase));

        await Eventually.ReturnsAsync(() => ErrorCountAsync(channel, errorQueue), n => n > before);
        // The queue is not stalled: the next case still completes its loop.
        await HandleThroughTheLoopAsync(officer, staff, "E0103");
    }

    static async Task<string> HandleThroughTheLoopAsync(HttpClient officer, HttpClient staff, string category)
    {
        var caseId = (await officer.ReportAsync(category)).GetProperty("id").GetString()!;
        var task = (await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(caseId), t => t is not null))!.Value;
        var done = await staff.PostAsync($"/api/sanitation/tasks/{task.GetProperty("id").GetString()}/complete",
            new StringContent("""{"result":"已清运"}""", Encoding.UTF8, "application/json"));
        Assert.True(done.IsSuccessStatusCode);
        await Eventually.ReturnsAsync(
            async () => (await (await officer.GetAsync($"/api/inspection/cases/{caseId}")).JsonAsync()).GetProperty("status").GetString(),
            s => s == "Handled");
        return caseId;
    }

    static async Task PublishTaskCompletedAsync(IChannel channel, Guid taskId, Guid caseId)
    {
        var messageId = Guid.NewGuid();
        var envelope = new
        {
            messageId,
            messageType = new[] { "urn:message:DigitalCity.Contracts.Sanitation:SanitationTaskCompleted" },
            message = new
            {
                eventId = messageId,
                occurredAt = DateTimeOffset.UtcNow,
                taskId,
                caseId,
                result = "a second result",
                photoRefs = Array.Empty<string>(),
                completedBy = "crew-other",
            },
        };
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = messageId.ToString(), Persistent = true };
        await channel.BasicPublishAsync("digitalcity.sanitation.task-completed", "", false, properties, JsonSerializer.SerializeToUtf8Bytes(envelope));
    }

    static async Task<uint> ErrorCountAsync(IChannel channel, string queue)
    {
        var declared = await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        return declared.MessageCount;
    }
}
