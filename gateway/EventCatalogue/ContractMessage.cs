using System.Reflection;
using DigitalCity.Contracts;
using DigitalCity.Contracts.Publicity;
using DigitalCity.Contracts.Sanitation.Collection;
using MassTransit;

namespace DigitalCity.Gateway.EventCatalogue;

/// <summary>
/// One message type of the Contracts assembly as the broker shows it: the exchange it travels on (its
/// <c>[EntityName]</c>), the service that owns that exchange, the <c>messageType</c> URN MassTransit writes in the
/// envelope, and whether DigitalCity publishes it or other city systems send it in.
/// </summary>
public sealed record ContractMessage(Type Type, string Exchange, string Service, string MessageTypeUrn, bool Inbound)
{
    /// <summary>
    /// The messages other city systems send to DigitalCity (a weighbridge's tickets, a platform feed's like
    /// readings); every other contract is published by its service.
    /// </summary>
    public static readonly IReadOnlySet<Type> InboundTypes = new HashSet<Type>
    {
        typeof(WeighbridgeTicketRecorded),
        typeof(ContestLikesRead),
    };

    /// <summary>
    /// Every type of the Contracts assembly with an exchange name: each <see cref="IIntegrationEvent"/> and the
    /// inbound messages, ordered by exchange. A contract without <c>[EntityName]</c> has no stable exchange, so it
    /// is refused rather than left out.
    /// </summary>
    public static IReadOnlyList<ContractMessage> All { get; } = Discover(typeof(IIntegrationEvent).Assembly);

    /// <summary>The messages of <paramref name="contracts"/>, ordered by exchange.</summary>
    public static IReadOnlyList<ContractMessage> Discover(Assembly contracts) =>
        [.. contracts.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false }
                && (typeof(IIntegrationEvent).IsAssignableFrom(t) || t.GetCustomAttribute<EntityNameAttribute>() is not null))
            .Select(From)
            .OrderBy(m => m.Exchange, StringComparer.Ordinal)];

    /// <summary>Describes one contract type; its exchange name must read <c>digitalcity.{service}.{event}</c>.</summary>
    public static ContractMessage From(Type type)
    {
        var exchange = type.GetCustomAttribute<EntityNameAttribute>()?.EntityName
            ?? throw new InvalidOperationException($"{type.FullName} has no [EntityName], so it has no stable exchange.");
        var parts = exchange.Split('.');
        if (parts is not ["digitalcity", var service, _])
        {
            throw new InvalidOperationException($"{type.FullName}'s exchange '{exchange}' does not read digitalcity.{{service}}.{{event}}.");
        }

        return new ContractMessage(type, exchange, service, $"urn:message:{type.Namespace}:{type.Name}", InboundTypes.Contains(type));
    }
}
