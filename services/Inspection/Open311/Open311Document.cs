using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace DigitalCity.Inspection.Open311;

/// <summary>A GeoReport v2 object: named fields in the spec's order, written as a JSON object or as child elements.</summary>
public sealed record Open311Object(IReadOnlyList<(string Name, object? Value)> Fields);

/// <summary>A GeoReport v2 list: a JSON array, or in XML one <c>ItemName</c> element per item.</summary>
public sealed record Open311Array(string ItemName, IReadOnlyList<object?> Items);

/// <summary>
/// Writes one body in either format from the same shape, so JSON and XML never drift apart. Values are
/// strings, numbers, booleans, instants (ISO 8601 with offset, as the spec's examples), nulls (JSON null,
/// an empty XML element), <see cref="Open311Object"/> and <see cref="Open311Array"/>.
/// </summary>
public static class Open311Document
{
    public static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case Open311Object o:
                writer.WriteStartObject();
                foreach (var (name, field) in o.Fields)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, field);
                }

                writer.WriteEndObject();
                break;
            case Open311Array a:
                writer.WriteStartArray();
                foreach (var item in a.Items)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Text(value));
                break;
        }
    }

    public static XElement ToXml(string name, object? value) => value switch
    {
        null => new XElement(name),
        Open311Object o => new XElement(name, o.Fields.Select(f => ToXml(f.Name, f.Value))),
        Open311Array a => new XElement(name, a.Items.Select(i => ToXml(a.ItemName, i))),
        _ => new XElement(name, Text(value)),
    };

    static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
