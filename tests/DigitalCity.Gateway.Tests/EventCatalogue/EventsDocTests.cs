using DigitalCity.Deployment.Tests.Support;
using DigitalCity.Gateway.EventCatalogue;

namespace DigitalCity.Gateway.Tests.EventCatalogue;

/// <summary>
/// docs/events.md, the catalogue other city systems read, names every contract's exchange and lists every field of
/// every message, checked against the Contracts assembly by reflection.
/// </summary>
public class EventsDocTests
{
    [Fact]
    public void Events_md_names_every_exchange_and_message()
    {
        var text = Repository.ReadText("docs/events.md");

        Assert.All(ContractMessage.All, message =>
        {
            Assert.True(text.Contains($"`{message.Exchange}`", StringComparison.Ordinal), $"docs/events.md does not name `{message.Exchange}`");
            Assert.True(text.Contains($"`{message.Type.Name}`", StringComparison.Ordinal), $"docs/events.md does not name `{message.Type.Name}`");
        });
    }

    [Fact]
    public void Events_md_lists_every_field_of_every_message()
    {
        var text = Repository.ReadText("docs/events.md");
        var fields = text[text.IndexOf("\n## Fields", StringComparison.Ordinal)..];

        Assert.All(ContractMessage.All, message =>
        {
            var heading = $"#### `{message.Type.Name}`";
            var start = fields.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/events.md has no section {heading}");
            var end = fields.IndexOf("\n#### ", start + heading.Length, StringComparison.Ordinal);
            var section = end < 0 ? fields[start..] : fields[start..end];
            Assert.All(PayloadSchemas.PropertiesOf(message.Type), property =>
                Assert.True(section.Contains($"| `{PayloadSchemas.JsonName(property)}` |", StringComparison.Ordinal),
                    $"{heading} in docs/events.md does not list `{PayloadSchemas.JsonName(property)}`"));
        });
    }
}
