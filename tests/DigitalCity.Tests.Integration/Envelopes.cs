using System.Text.Json;
using RabbitMQ.Client;

namespace DigitalCity.Tests.Integration;

/// <summary>Publishes as another city system does: a MassTransit JSON envelope, or any body at all, with plain RabbitMQ.Client.</summary>
public static class Envelopes
{
    public const string ContentType = "application/vnd.masstransit+json";

    /// <summary>Publishes <paramref name="message"/> (its <c>eventId</c> becomes the envelope's and the transport's MessageId) and returns that id.</summary>
    public static async Task<Guid> PublishAsync(this IChannel channel, string exchange, string messageType, Func<Guid, object> message)
    {
        var messageId = Guid.NewGuid();
        var envelope = new { messageId, messageType = new[] { messageType }, message = message(messageId) };
        await channel.PublishBodyAsync(exchange, JsonSerializer.SerializeToUtf8Bytes(envelope), messageId);
        return messageId;
    }

    /// <summary>Publishes <paramref name="body"/> as it is, labelled as an envelope, persistent and with <paramref name="messageId"/>.</summary>
    public static async Task PublishBodyAsync(this IChannel channel, string exchange, byte[] body, Guid messageId)
    {
        var properties = new BasicProperties { ContentType = ContentType, MessageId = messageId.ToString(), Persistent = true };
        await channel.BasicPublishAsync(exchange, "", false, properties, body);
    }
}
