using System.Collections.Frozen;
using System.Text.Json;
using DigitalCity.Contracts;

namespace DigitalCity.ServiceDefaults.Outbox;

/// <summary>
/// Maps stored event type names to the contract types. Only types of the Contracts assembly are
/// resolvable, so a stored row can never make the dispatcher instantiate an arbitrary type.
/// </summary>
public static class EventTypes
{
    static readonly FrozenDictionary<string, Type> ByName = typeof(IIntegrationEvent).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(NameOf);

    /// <summary>The JSON form of payloads in the outbox (not the wire format; MassTransit owns that).</summary>
    public static JsonSerializerOptions PayloadJson { get; } = new(JsonSerializerDefaults.Web);

    public static IEnumerable<Type> All => ByName.Values;

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"'{name}' is not an event type of DigitalCity.Contracts.");
}
