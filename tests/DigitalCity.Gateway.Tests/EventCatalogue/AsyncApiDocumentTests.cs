using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Publicity;
using DigitalCity.Gateway.EventCatalogue;
using MassTransit;
using MassTransit.Serialization;

namespace DigitalCity.Gateway.Tests.EventCatalogue;

/// <summary>
/// The AsyncAPI document is checked against the Contracts assembly by reflection, so a new event (or a new field)
/// cannot be published without appearing in it.
/// </summary>
public class AsyncApiDocumentTests
{
    static readonly JsonObject Document = AsyncApiDocument.Build();

    static IEnumerable<Type> IntegrationEventTypes() => typeof(IIntegrationEvent).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t));

    static string ExchangeOf(Type type) => Assert.Single(type.GetCustomAttributes<EntityNameAttribute>()).EntityName;

    static JsonObject Schema(string name) => Document["components"]!["schemas"]![name]!.AsObject();

    [Fact]
    public void The_document_has_the_required_AsyncAPI_top_level_fields()
    {
        Assert.Equal("3.0.0", Document["asyncapi"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(Document["info"]!["title"]!.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(Document["info"]!["version"]!.GetValue<string>()));
        Assert.Equal("amqp", Document["servers"]!["rabbitmq"]!["protocol"]!.GetValue<string>());
        Assert.NotEmpty(Document["channels"]!.AsObject());
        Assert.NotEmpty(Document["operations"]!.AsObject());
    }

    [Fact]
    public void Every_integration_event_and_inbound_message_has_a_channel_named_after_its_exchange()
    {
        var expected = IntegrationEventTypes().Concat(ContractMessage.InboundTypes).Distinct().ToList();
        Assert.Contains(typeof(CaseReported), expected);
        Assert.Contains(typeof(ContestLikesRead), expected);

        foreach (var type in expected)
        {
            var exchange = ExchangeOf(type);
            var channel = Document["channels"]![exchange]?.AsObject();
            Assert.True(channel is not null, $"{type.Name} has no channel {exchange}");
            Assert.Equal(exchange, channel["address"]!.GetValue<string>());
            Assert.Equal(exchange, channel["bindings"]!["amqp"]!["exchange"]!["name"]!.GetValue<string>());
            Assert.Equal("fanout", channel["bindings"]!["amqp"]!["exchange"]!["type"]!.GetValue<string>());
            Assert.Equal($"#/components/messages/{type.Name}", channel["messages"]![type.Name]!["$ref"]!.GetValue<string>());
        }

        Assert.Equal(expected.Count, Document["channels"]!.AsObject().Count);
    }

    [Fact]
    public void Services_send_their_events_and_receive_what_other_systems_send_in()
    {
        var operations = Document["operations"]!.AsObject();

        Assert.Equal("send", operations["sendCaseReported"]!["action"]!.GetValue<string>());
        Assert.Equal("receive", operations["receiveWeighbridgeTicketRecorded"]!["action"]!.GetValue<string>());
        Assert.Equal("receive", operations["receiveContestLikesRead"]!["action"]!.GetValue<string>());
        Assert.Equal(Document["channels"]!.AsObject().Count, operations.Count);
    }

    [Fact]
    public void Each_message_payload_is_the_envelope_around_its_record_with_its_message_type_urn()
    {
        foreach (var message in ContractMessage.All)
        {
            var component = Document["components"]!["messages"]![message.Type.Name]!;
            var own = component["payload"]!["allOf"]![1]!["properties"]!;

            Assert.Equal(AsyncApiDocument.ContentType, component["contentType"]!.GetValue<string>());
            Assert.Equal($"#/components/schemas/{message.Type.Name}", own["message"]!["$ref"]!.GetValue<string>());
            Assert.Equal($"urn:message:{message.Type.Namespace}:{message.Type.Name}", own["messageType"]!["contains"]!["const"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Each_payload_schema_lists_exactly_the_record_properties_in_camel_case()
    {
        foreach (var message in ContractMessage.All)
        {
            var properties = Schema(message.Type.Name)["properties"]!.AsObject();

            Assert.Equal(
                message.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order(),
                properties.Select(p => p.Key).Order());
        }
    }

    [Fact]
    public void Property_schemas_carry_json_types_formats_nullability_and_nested_records()
    {
        var reported = Schema(nameof(CaseReported));
        var properties = reported["properties"]!;

        Assert.Equal("string", properties["eventId"]!["type"]!.GetValue<string>());
        Assert.Equal("uuid", properties["eventId"]!["format"]!.GetValue<string>());
        Assert.Equal("date-time", properties["occurredAt"]!["format"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/GeoPoint", properties["location"]!["$ref"]!.GetValue<string>());
        Assert.Equal("array", properties["photoRefs"]!["type"]!.GetValue<string>());
        Assert.Equal("string", properties["photoRefs"]!["items"]!["type"]!.GetValue<string>());
        Assert.Equal(["string", "null"], properties["gridCode"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        var required = reported["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains("caseNumber", required);
        Assert.DoesNotContain("gridCode", required);
        Assert.Equal("number", Schema("GeoPoint")["properties"]!["longitude"]!["type"]!.GetValue<string>());

        var dispatched = Schema(nameof(CaseDispatched))["properties"]!;
        Assert.Equal("#/components/schemas/DispatchedDepartment", dispatched["departments"]!["items"]!["$ref"]!.GetValue<string>());
        Assert.Equal(["boolean", "null"], dispatched["onTime"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("#/components/schemas/GeoPoint", dispatched["location"]!["oneOf"]![0]!["$ref"]!.GetValue<string>());

        var results = Schema(nameof(ContestResultsPublished))["properties"]!;
        Assert.Equal("integer", results["vacantPlaces"]!["additionalProperties"]!["type"]!.GetValue<string>());
        Assert.Equal("int64", Schema("ContestWinner")["properties"]!["totalLikes"]!["format"]!.GetValue<string>());
        Assert.Equal("date", Schema("CleaningOverridePeriod")["properties"]!["from"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public void MassTransit_writes_exactly_the_schema_properties_with_nulls_and_decimals_as_strings()
    {
        var reported = new CaseReported(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "20261124B9F6D15D", "E0102", "暴露垃圾",
            new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", "路边暴露垃圾", ["before.jpg"], "officer-1", GridCode: "410802001001");
        var scored = new ContestEntryThemeScored(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "lights-2023", "judge-1", 8, 7.5m, 3);

        var wire = JsonNode.Parse(JsonSerializer.Serialize(reported, SystemTextJsonMessageSerializer.Options))!.AsObject();
        var schema = Schema(nameof(CaseReported))["properties"]!.AsObject();

        Assert.Equal(schema.Select(p => p.Key).Order(), wire.Select(p => p.Key).Order());
        Assert.Equal(JsonValueKind.Null, wire["districtCode"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True(wire.ContainsKey("districtCode"), "a null property is written as null");
        Assert.Equal("7.5", JsonSerializer.SerializeToElement(scored, SystemTextJsonMessageSerializer.Options).GetProperty("themeImpression").GetString());
        var holiday = new DigitalCity.Contracts.Sanitation.CleaningOverridePeriod("春节", new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 11), []);
        Assert.Equal("2027-02-05", JsonSerializer.SerializeToElement(holiday, SystemTextJsonMessageSerializer.Options).GetProperty("from").GetString());
        Assert.Equal("decimal", Schema(nameof(ContestEntryThemeScored))["properties"]!["themeImpression"]!["format"]!.GetValue<string>());
    }
}
