using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DigitalCity.ServiceDefaults.Storage;

/// <summary>
/// The JSON form of stored documents (the SQLite adapter's document column). Aggregates keep their
/// setters private, so this contract reads private setters and non-public parameterless constructors.
/// </summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>An instant in UTC as these options write it, so a query's bound compares with stored text correctly.</summary>
    public static string Instant(DateTimeOffset instant) => JsonSerializer.Serialize(instant.ToUniversalTime(), Options).Trim('"');

    static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { UsePrivateMembers } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    static void UsePrivateMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (info.CreateObject is null && info.Type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is { } constructor)
        {
            info.CreateObject = () => constructor.Invoke(null);
        }

        foreach (var property in info.Properties)
        {
            if (property.Set is null
                && property.AttributeProvider is PropertyInfo member
                && member.GetSetMethod(nonPublic: true) is { } setter)
            {
                property.Set = (target, value) => setter.Invoke(target, [value]);
            }
        }
    }
}
