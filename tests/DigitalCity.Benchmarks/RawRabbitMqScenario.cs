using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace DigitalCity.Benchmarks;

/// <summary>
/// The baseline: what any reliable RabbitMQ publisher pays. Persistent messages go to a durable
/// queue through RabbitMQ.Client 7 with publisher confirms tracked, and a consumer acknowledges each
/// one. Nothing of DigitalCity is involved except the payload, so the outbox figure reads against it.
/// </summary>
sealed class RawRabbitMqScenario(IConnection connection) : IScenario
{
    /// <summary>
    /// Publishes awaiting their confirm at once. Unbounded, the client's outstanding-confirm limiter
    /// throttles the channel; 500 also matches the outbox's batch size.
    /// </summary>
    public const int MaxOutstanding = 500;

    /// <summary>Unacknowledged deliveries the broker may push ahead, so the consumer never idles on a round trip.</summary>
    const ushort Prefetch = 500;

    static readonly byte[] Body = SampleEvents.CaseReportedJson();

    public string Name => "raw RabbitMQ.Client";

    public async Task<RoundResult> RunRoundAsync(int round, int events, CancellationToken cancellationToken)
    {
        var queue = $"digitalcity-benchmark-raw-{Guid.NewGuid():N}";
        await using var consumerChannel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await consumerChannel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        try
        {
            var counter = new DeliveryCounter();
            counter.Expect(events);
            await ConsumeAsync(consumerChannel, queue, counter, cancellationToken);

            await using var publisher = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                cancellationToken);
            var stopwatch = Stopwatch.StartNew();
            await PublishAsync(publisher, queue, events, cancellationToken);
            await counter.WaitAsync(cancellationToken);
            stopwatch.Stop();
            return new RoundResult(Name, round, events, stopwatch.Elapsed);
        }
        finally
        {
            await consumerChannel.QueueDeleteAsync(queue, cancellationToken: CancellationToken.None);
        }
    }

    static async Task ConsumeAsync(IChannel channel, string queue, DeliveryCounter counter, CancellationToken cancellationToken)
    {
        await channel.BasicQosAsync(0, Prefetch, global: false, cancellationToken);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            counter.Count();
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
    }

    static Task PublishAsync(IChannel channel, string queue, int events, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json" };
        return PublishWindows.RunAsync(events, _ => channel.BasicPublishAsync(string.Empty, queue, mandatory: false, properties, Body, cancellationToken).AsTask());
    }
}
