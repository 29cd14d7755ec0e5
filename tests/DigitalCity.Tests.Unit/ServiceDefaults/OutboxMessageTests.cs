using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Outbox;

namespace DigitalCity.Tests.Unit.ServiceDefaults;

public class OutboxMessageTests
{
    [Fact]
    public void Stored_event_keeps_its_id_as_message_id_and_deserialises_to_the_contract()
    {
        var reported = TestData.CaseReportedEvent();

        var message = OutboxMessage.From(reported, "cases", reported.CaseId);
        var restored = Assert.IsType<CaseReported>(message.Deserialize());

        Assert.Equal(reported.EventId, message.MessageId);
        Assert.Equal(reported.CaseId.ToString(), message.AggregateId);
        Assert.Equal(reported.EventId, restored.EventId);
        Assert.Equal(reported.PhotoRefs, restored.PhotoRefs);
        Assert.Equal(reported.Location, restored.Location);
    }

    [Fact]
    public void Only_contract_types_can_be_resolved_from_a_stored_name()
    {
        Assert.Equal(typeof(CaseReported), EventTypes.Resolve(EventTypes.NameOf(typeof(CaseReported))));
        Assert.Throws<InvalidOperationException>(() => EventTypes.Resolve("System.IO.FileInfo"));
    }

    [Fact]
    public void Every_contract_has_a_readable_exchange_name()
    {
        foreach (var type in EventTypes.All)
        {
            var attribute = type.GetCustomAttributes(typeof(MassTransit.EntityNameAttribute), false);
            var name = Assert.IsType<MassTransit.EntityNameAttribute>(Assert.Single(attribute)).EntityName;
            Assert.Matches("^digitalcity\\.[a-z]+\\.[a-z-]+$", name);
        }
    }
}
