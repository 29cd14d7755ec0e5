using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigitalCity.Gateway.EventCatalogue;

/// <summary>
/// JSON Schemas of contract records as MassTransit's System.Text.Json serializer writes them: camelCase property
/// names, a nested record as a <c>$ref</c> to its own schema under <c>#/components/schemas</c>, and a nullable
/// property typed <c>[..., "null"]</c>. MassTransit writes a null as <c>null</c>, but a nullable property is left out
/// of <c>required</c>: fields are added as nullable, so events published before a field existed lack it.
/// </summary>
public sealed class PayloadSchemas
{
    /// <summary>Where the schemas live in the AsyncAPI document.</summary>
    public const string ComponentsPath = "#/components/schemas/";

    static readonly Assembly ContractsAssembly = typeof(DigitalCity.Contracts.IIntegrationEvent).Assembly;

    readonly NullabilityInfoContext nullability = new();

    /// <summary>The schemas built so far, keyed by the record's type name.</summary>
    public JsonObject Schemas { get; } = [];

    /// <summary>The JSON name of a contract property.</summary>
    public static string JsonName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>The properties a record is serialized with: its public instance properties that can be read.</summary>
    public static IEnumerable<PropertyInfo> PropertiesOf(Type record) =>
        record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0);

    /// <summary>A <c>$ref</c> to the record's schema, built (with the records it nests) the first time.</summary>
    public JsonObject Reference(Type record)
    {
        if (!Schemas.ContainsKey(record.Name))
        {
            Schemas[record.Name] = new JsonObject(); // reserved first, so a record that nests itself terminates
            Schemas[record.Name] = ObjectSchema(record);
        }

        return new JsonObject { ["$ref"] = ComponentsPath + record.Name };
    }

    JsonObject ObjectSchema(Type record)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in PropertiesOf(record))
        {
            var info = nullability.Create(property);
            var name = JsonName(property);
            properties[name] = Schema(property.PropertyType, info);
            if (!IsNullable(property.PropertyType, info))
            {
                required.Add(name);
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["title"] = record.Name,
            ["x-dotnet-type"] = record.FullName,
            ["properties"] = properties,
            ["required"] = required,
        };
    }

    JsonNode Schema(Type type, NullabilityInfo info)
    {
        var nonNull = Nullable.GetUnderlyingType(type) ?? type;
        var schema = NonNullSchema(nonNull, info);
        return IsNullable(type, info) ? OrNull(schema) : schema;
    }

    static bool IsNullable(Type type, NullabilityInfo info) =>
        Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && info.ReadState == NullabilityState.Nullable);

    JsonObject NonNullSchema(Type type, NullabilityInfo info)
    {
        if (Scalar(type) is { } scalar)
        {
            return scalar;
        }

        if (DictionaryValueType(type) is { } valueType)
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Schema(valueType, info.GenericTypeArguments[^1]) };
        }

        if (ElementType(type) is { } elementType)
        {
            var elementInfo = info.ElementType ?? info.GenericTypeArguments[0];
            return new JsonObject { ["type"] = "array", ["items"] = Schema(elementType, elementInfo) };
        }

        if (type.IsClass && type.Assembly == ContractsAssembly)
        {
            return Reference(type);
        }

        throw new NotSupportedException($"{type.FullName} has no JSON Schema mapping; add one to {nameof(PayloadSchemas)}.");
    }

    static JsonObject? Scalar(Type type) => type switch
    {
        _ when type == typeof(string) => Typed("string"),
        _ when type == typeof(Guid) => Typed("string", "uuid"),
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => Typed("string", "date-time"),
        _ when type == typeof(DateOnly) => Typed("string", "date"),
        _ when type == typeof(TimeOnly) => Typed("string", "time"),
        _ when type == typeof(bool) => Typed("boolean"),
        _ when type == typeof(int) || type == typeof(short) || type == typeof(byte) => Typed("integer", "int32"),
        _ when type == typeof(long) => Typed("integer", "int64"),
        _ when type == typeof(double) => Typed("number", "double"),
        _ when type == typeof(float) => Typed("number", "float"),
        // MassTransit's serializer writes a decimal as a JSON string ("7.5"), so no digit is lost to a double.
        _ when type == typeof(decimal) => Typed("string", "decimal"),
        _ => null,
    };

    static JsonObject Typed(string type, string? format = null) =>
        format is null ? new JsonObject { ["type"] = type } : new JsonObject { ["type"] = type, ["format"] = format };

    /// <summary>The value type of a dictionary keyed by strings (a JSON object), or null.</summary>
    static Type? DictionaryValueType(Type type) =>
        (GenericInterface(type, typeof(IReadOnlyDictionary<,>)) ?? GenericInterface(type, typeof(IDictionary<,>)))?.GetGenericArguments() is [var key, var value]
            && key == typeof(string)
            ? value
            : null;

    static Type? ElementType(Type type) =>
        type == typeof(string) ? null : type.IsArray ? type.GetElementType() : GenericInterface(type, typeof(IEnumerable<>))?.GetGenericArguments()[0];

    static Type? GenericInterface(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);

    /// <summary>Allows null beside the schema: a second type for a simple one, <c>oneOf</c> around a reference.</summary>
    static JsonObject OrNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        return new JsonObject { ["oneOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }
}
