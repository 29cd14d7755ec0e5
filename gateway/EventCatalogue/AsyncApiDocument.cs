using System.Text.Json.Nodes;

namespace DigitalCity.Gateway.EventCatalogue;

/// <summary>
/// The AsyncAPI 3.0 document of DigitalCity's messages, built from the contract types: one channel per exchange
/// (AMQP 0-9-1 binding: a durable fanout exchange, as MassTransit declares it), one message per contract whose
/// payload is MassTransit's JSON envelope around the record, and one operation each — <c>send</c> for what a
/// service publishes, <c>receive</c> for what other city systems send in. Field-level prose lives in docs/events.md.
/// </summary>
public static class AsyncApiDocument
{
    public const string Version = "3.0.0";

    /// <summary>The content type MassTransit writes in the AMQP <c>content-type</c> property.</summary>
    public const string ContentType = "application/vnd.masstransit+json";

    const string AmqpBindingVersion = "0.3.0";
    const string EnvelopeSchema = "MassTransitEnvelope";

    /// <summary>The document for <paramref name="messages"/> (by default every contract).</summary>
    public static JsonObject Build(IReadOnlyList<ContractMessage>? messages = null)
    {
        messages ??= ContractMessage.All;
        var schemas = new PayloadSchemas();
        schemas.Schemas[EnvelopeSchema] = Envelope();
        var channels = new JsonObject();
        var operations = new JsonObject();
        var componentMessages = new JsonObject();

        foreach (var message in messages)
        {
            var name = message.Type.Name;
            componentMessages[name] = Message(message, schemas.Reference(message.Type));
            channels[message.Exchange] = Channel(message);
            operations[(message.Inbound ? "receive" : "send") + name] = new JsonObject
            {
                ["action"] = message.Inbound ? "receive" : "send",
                ["summary"] = message.Inbound
                    ? $"Another city system sends {name}; the {message.Service} service consumes it."
                    : $"The {message.Service} service publishes {name}.",
                ["channel"] = Ref($"#/channels/{message.Exchange}"),
                ["messages"] = new JsonArray(Ref($"#/channels/{message.Exchange}/messages/{name}")),
            };
        }

        return new JsonObject
        {
            ["asyncapi"] = Version,
            ["id"] = "urn:digitalcity:events",
            ["info"] = new JsonObject
            {
                ["title"] = "DigitalCity events",
                ["version"] = typeof(AsyncApiDocument).Assembly.GetName().Version?.ToString() ?? "1.0.0",
                ["description"] = "The events DigitalCity's services publish over RabbitMQ and the messages other city systems send in. "
                    + "Bind your own queue to an exchange; each body is MassTransit's JSON envelope with the event under 'message'. "
                    + "Delivery is at least once: de-duplicate on messageId (= message.eventId). See docs/events.md.",
            },
            ["defaultContentType"] = ContentType,
            ["servers"] = new JsonObject
            {
                ["rabbitmq"] = new JsonObject
                {
                    ["host"] = "rabbitmq:5672",
                    ["protocol"] = "amqp",
                    ["protocolVersion"] = "0.9.1",
                    ["description"] = "The city's RabbitMQ broker; the host, virtual host and credentials are given to each consuming system.",
                },
            },
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject
            {
                ["messages"] = componentMessages,
                ["schemas"] = schemas.Schemas,
            },
        };
    }

    static JsonObject Channel(ContractMessage message) => new()
    {
        ["address"] = message.Exchange,
        ["title"] = message.Type.Name,
        ["description"] = message.Inbound
            ? $"Publish {message.Type.Name} here (routing key ignored); the {message.Service} service consumes it from its own queue."
            : $"A fanout exchange: declare your own queue and bind it here (routing key ignored) to receive every {message.Type.Name}.",
        ["messages"] = new JsonObject { [message.Type.Name] = Ref($"#/components/messages/{message.Type.Name}") },
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject
            {
                ["is"] = "routingKey",
                ["exchange"] = new JsonObject
                {
                    ["name"] = message.Exchange,
                    ["type"] = "fanout",
                    ["durable"] = true,
                    ["autoDelete"] = false,
                    ["vhost"] = "/",
                },
                ["bindingVersion"] = AmqpBindingVersion,
            },
        },
    };

    static JsonObject Message(ContractMessage message, JsonObject record) => new()
    {
        ["name"] = message.Type.Name,
        ["title"] = message.Type.Name,
        ["contentType"] = ContentType,
        ["headers"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "AMQP application headers. The message-id property carries messageId, content-type is " + ContentType + ", delivery-mode is 2 (persistent).",
            ["properties"] = new JsonObject
            {
                ["traceparent"] = new JsonObject { ["type"] = "string", ["description"] = "W3C trace context of the request that caused the event." },
                ["baggage"] = new JsonObject { ["type"] = "string", ["description"] = "W3C baggage: MassTransit's conversation and correlation ids." },
                ["MT-Activity-Id"] = new JsonObject { ["type"] = "string", ["description"] = "The same trace context, as MassTransit writes it." },
            },
        },
        ["payload"] = new JsonObject
        {
            ["allOf"] = new JsonArray(
                Ref(PayloadSchemas.ComponentsPath + EnvelopeSchema),
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["messageType"] = new JsonObject
                        {
                            ["type"] = "array",
                            ["contains"] = new JsonObject { ["const"] = message.MessageTypeUrn },
                        },
                        ["message"] = record,
                    },
                }),
        },
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject { ["messageType"] = message.MessageTypeUrn, ["bindingVersion"] = AmqpBindingVersion },
        },
    };

    /// <summary>
    /// The fields MassTransit 8.5 writes around every message, as observed on the wire (the unused ones as null), see
    /// <c>Another_city_system_reads_CaseReported_with_plain_RabbitMQ_Client</c> and docs/events.md.
    /// </summary>
    static JsonObject Envelope() => new()
    {
        ["type"] = "object",
        ["title"] = EnvelopeSchema,
        ["required"] = new JsonArray("messageId", "messageType", "message"),
        ["properties"] = new JsonObject
        {
            ["messageId"] = Described("string", "uuid", "The event's id (= message.eventId and the AMQP message-id property); the same on every redelivery."),
            ["requestId"] = Nullable("string", "uuid", "Null: events are not requests."),
            ["correlationId"] = Nullable("string", "uuid", "MassTransit copies message.eventId here."),
            ["conversationId"] = Nullable("string", "uuid", "MassTransit's conversation id."),
            ["initiatorId"] = Nullable("string", "uuid", "Null for an event published by the outbox."),
            ["sourceAddress"] = Nullable("string", "uri", "The publishing bus endpoint (a temporary rabbitmq:// address)."),
            ["destinationAddress"] = Nullable("string", "uri", "rabbitmq://{host}/{exchange} (with the virtual host when it is not /)."),
            ["responseAddress"] = Nullable("string", "uri", "Null."),
            ["faultAddress"] = Nullable("string", "uri", "Null."),
            ["messageType"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "string" },
                ["description"] = "urn:message:{namespace}:{type} of the record first, then urn:message:DigitalCity.Contracts:IIntegrationEvent for an event.",
            },
            ["message"] = new JsonObject { ["type"] = "object", ["description"] = "The event record, camelCase." },
            ["expirationTime"] = Nullable("string", "date-time", "Null: events do not expire."),
            ["sentTime"] = Described("string", "date-time", "When the message was handed to the broker (UTC)."),
            ["headers"] = new JsonObject { ["type"] = "object", ["description"] = "MassTransit headers, e.g. MT-Activity-Id (the trace context)." },
            ["host"] = new JsonObject { ["type"] = "object", ["description"] = "The sending process: machine, process, assembly, framework and MassTransit versions." },
        },
    };

    static JsonObject Nullable(string type, string format, string description) =>
        new() { ["type"] = new JsonArray(type, "null"), ["format"] = format, ["description"] = description };

    static JsonObject Described(string type, string format, string description) =>
        new() { ["type"] = type, ["format"] = format, ["description"] = description };

    static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };
}
