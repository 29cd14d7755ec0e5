using DigitalCity.Sanitation.Maintenance.Storage;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Sweeps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>Wires facility maintenance work orders: their store over the service's own database (sharing its outbox), the overdue sweep in <c>/health/ready</c>, and the API.</summary>
public static class MaintenanceModule
{
    public static void AddMaintenance(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(MaintenanceOptions.From(builder.Configuration));
        builder.Services.AddServiceStore<IMaintenanceOrderStore>(builder.Configuration, SanitationModule.ServiceName,
            sqlite => new SqliteMaintenanceOrderStore(sqlite), mongo => new MongoMaintenanceOrderStore(mongo));
        builder.Services.AddSweep<MaintenanceSweep>("maintenance-sweep");
    }

    public static RouteGroupBuilder MapMaintenance(this RouteGroupBuilder api)
    {
        api.MapOpenMaintenanceOrder();
        api.MapWorkMaintenanceOrder();
        api.MapMaintenanceOrderQueries();
        return api;
    }
}
