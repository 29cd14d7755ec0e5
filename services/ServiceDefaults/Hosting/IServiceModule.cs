using MassTransit;
using Microsoft.AspNetCore.Builder;

namespace DigitalCity.ServiceDefaults.Hosting;

/// <summary>
/// A DigitalCity service as a module, so the same code runs as its own process (distributed) and
/// beside the others in the standalone host.
/// </summary>
public interface IServiceModule
{
    /// <summary>Lower-case service name: the API prefix, the OpenAPI document, the queue prefix, the database name.</summary>
    string Name { get; }

    void AddServices(WebApplicationBuilder builder);

    /// <summary>Registers the service's consumers; endpoint names must start with <see cref="Name"/>.</summary>
    void AddConsumers(IBusRegistrationConfigurator bus);

    void Map(WebApplication app);
}
