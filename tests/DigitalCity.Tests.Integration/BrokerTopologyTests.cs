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
    [InlineData("digitalcity.inspection.case-dispatched")]
    [InlineData("digitalcity.inspection.case-handled")]
    [InlineData("digitalcity.sanitation.task-completed")]
    [InlineData("digitalcity.inspection.inspection-completed")]
    [InlineData("digitalcity.inspection.hazard-found")]
    public async Task Events_are_published_to_stable_readable_exchanges(string exchange)
    {
        system.RequireBroker();
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        await channel.ExchangeDeclarePassiveAsync(exchange);
    }

    [Theory]
    [InlineData("sanitation-case-dispatched")]
    [InlineData("sanitation-case-rework-ordered")]
    [InlineData("sanitation-case-returned")]
    [InlineData("sanitation-case-voided")]
    [InlineData("sanitation-case-extended")]
    [InlineData("sanitation-weighbridge-ticket-recorded")]
    [InlineData("inspection-sanitation-task-completed")]
    [InlineData("inspection-evaluation-facts")]
    [InlineData("inspection-campaign-figures")]
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
    public async Task A_result_the_case_cannot_take_yet_ends_in_the_error_queue_and_the_queue_keeps_flowing()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-poison", Roles.GridOfficer);
        var staff = system.ClientFor("crew-poison", Roles.SanitationStaff);
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var errorQueue = ErrorQueues.Of("inspection-sanitation-task-completed");
        var before = await channel.CountAsync(errorQueue);

        // Sanitation asked to return the case; until the dispatcher decides, the case refuses its result,
        // which is kept in the error queue (to be moved back once the case can take it), not dropped.
        var caseId = (await officer.ReportAsync("E0102")).GetProperty("id").GetString()!;
        await system.FileAndDispatchAsync(caseId);
        var task = (await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(caseId), t => t is not null))!.Value;
        var request = await system.DepartmentClient("handler-poison", "sanitation").PostAsync($"/api/inspection/cases/{caseId}/return-request",
            new StringContent("""{"reason":"不属于环卫"}""", Encoding.UTF8, "application/json"));
        Assert.True(request.IsSuccessStatusCode);
        await CompleteAsync(staff, task);

        await Eventually.ReturnsAsync(() => channel.CountAsync(errorQueue), n => n > before);
        Assert.Contains(system.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal)
            && l.Contains(task.GetProperty("id").GetString()!, StringComparison.Ordinal) && l.Contains(caseId, StringComparison.Ordinal));
        // The queue is not stalled: the next case still completes its loop.
        await HandleThroughTheLoopAsync(system, officer, staff, "E0103");
    }

    [Fact]
    public async Task A_result_for_a_case_no_longer_dispatched_to_sanitation_is_logged_and_dropped()
    {
        system.RequireBroker();
        var officer = system.ClientFor("officer-moot", Roles.GridOfficer);
        var staff = system.ClientFor("crew-moot", Roles.SanitationStaff);
        await using var connection = await system.Broker.ConnectionFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var errorQueue = ErrorQueues.Of("inspection-sanitation-task-completed");
        var before = await channel.CountAsync(errorQueue);

        // A second, different task result for a case that is already handled can never be applied.
        var handledCase = await HandleThroughTheLoopAsync(system, officer, staff, "E0102");
        var strayTask = Guid.NewGuid();
        await PublishTaskCompletedAsync(channel, strayTask, Guid.Parse(handledCase));

        await Eventually.ReturnsAsync(
            () => Task.FromResult(system.Logs.Lines.FirstOrDefault(l => l.StartsWith("Warning", StringComparison.Ordinal)
                && l.Contains(strayTask.ToString(), StringComparison.Ordinal) && l.Contains(handledCase, StringComparison.Ordinal))),
            l => l is not null);
        Assert.Equal(before, await channel.CountAsync(errorQueue));
        var unchanged = await (await officer.GetAsync($"/api/inspection/cases/{handledCase}")).JsonAsync();
        Assert.NotEqual(strayTask.ToString(), unchanged.GetProperty("handling").GetProperty("taskId").GetString());
    }

    static async Task CompleteAsync(HttpClient staff, JsonElement task)
    {
        var done = await staff.PostAsync($"/api/sanitation/tasks/{task.GetProperty("id").GetString()}/complete",
            new StringContent("""{"result":"已清运"}""", Encoding.UTF8, "application/json"));
        Assert.True(done.IsSuccessStatusCode);
    }

    static async Task<string> HandleThroughTheLoopAsync(DistributedSystem system, HttpClient officer, HttpClient staff, string category)
    {
        var caseId = (await officer.ReportAsync(category)).GetProperty("id").GetString()!;
        await system.FileAndDispatchAsync(caseId);
        var task = (await Eventually.ReturnsAsync(() => staff.TaskForCaseAsync(caseId), t => t is not null))!.Value;
        await CompleteAsync(staff, task);
        await Eventually.ReturnsAsync(
            async () => (await (await officer.GetAsync($"/api/inspection/cases/{caseId}")).JsonAsync()).GetProperty("status").GetString(),
            s => s == "Handled");
        return caseId;
    }

    static Task<Guid> PublishTaskCompletedAsync(IChannel channel, Guid taskId, Guid caseId) =>
        channel.PublishAsync("digitalcity.sanitation.task-completed", "urn:message:DigitalCity.Contracts.Sanitation:SanitationTaskCompleted", eventId => new
        {
            eventId,
            occurredAt = DateTimeOffset.UtcNow,
            taskId,
            caseId,
            result = "a second result",
            photoRefs = Array.Empty<string>(),
            completedBy = "crew-other",
        });
}
