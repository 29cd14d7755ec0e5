using System.Text;
using RabbitMQ.Client;

namespace DigitalCity.Tests.Integration;

/// <summary>A message MassTransit moved to an <c>_error</c> queue: its body and its headers (<c>MT-Fault-*</c>, <c>MT-Reason</c>).</summary>
public sealed record FaultedMessage(string Body, IReadOnlyDictionary<string, string> Headers)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}

/// <summary>The <c>{queue}_error</c> queues, read as an operator does (docs/messaging.md#re-driving-an-error-queue).</summary>
public static class ErrorQueues
{
    public static string Of(string queue) => $"{queue}_error";

    /// <summary>How many messages the queue holds (declared as MassTransit declares it, so asking never fails).</summary>
    public static async Task<uint> CountAsync(this IChannel channel, string queue) =>
        (await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false)).MessageCount;

    /// <summary>
    /// The message with <paramref name="messageId"/> in <paramref name="queue"/>, or null, without taking it: every
    /// message got here is unacknowledged, and so back in the queue once the channel closes.
    /// </summary>
    public static async Task<FaultedMessage?> PeekAsync(this IConnection connection, string queue, Guid messageId)
    {
        await using var channel = await connection.CreateChannelAsync();
        for (var left = await channel.CountAsync(queue); left > 0; left--)
        {
            var got = await channel.BasicGetAsync(queue, autoAck: false);
            if (got is null)
            {
                break;
            }

            if (got.BasicProperties.MessageId == messageId.ToString())
            {
                return new FaultedMessage(Encoding.UTF8.GetString(got.Body.Span), Headers(got.BasicProperties));
            }
        }

        return null;
    }

    static Dictionary<string, string> Headers(IReadOnlyBasicProperties properties) =>
        (properties.Headers ?? new Dictionary<string, object?>()).ToDictionary(
            h => h.Key,
            h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString() ?? "",
            StringComparer.Ordinal);
}
