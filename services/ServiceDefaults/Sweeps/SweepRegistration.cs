using DigitalCity.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.ServiceDefaults.Sweeps;

/// <summary>Registers a sweep once: as a singleton its health check reads, as the hosted service that runs it, and in <c>/health/ready</c>.</summary>
public static class SweepRegistration
{
    public static IServiceCollection AddSweep<TSweep>(this IServiceCollection services, string healthCheckName)
        where TSweep : PeriodicSweep
    {
        services.AddSingleton<TSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<TSweep>());
        services.AddHealthChecks().AddCheck<SweepHealthCheck<TSweep>>(healthCheckName, tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
