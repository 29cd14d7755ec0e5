using DigitalCity.Sanitation.Clearance.Storage;
using DigitalCity.ServiceDefaults.Health;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Sweeps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Sanitation.Clearance;

/// <summary>Wires daily clearance (日产日清): the outcome store, the judge, its sweep (in <c>/health/ready</c>) and the API.</summary>
public static class ClearanceModule
{
    public static void AddClearance(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ClearanceOptions.From(builder.Configuration));
        builder.Services.AddServiceStore<IClearanceStore>(builder.Configuration, SanitationModule.ServiceName,
            sqlite => new SqliteClearanceStore(sqlite), mongo => new MongoClearanceStore(mongo));
        builder.Services.AddSingleton<ClearanceJudge>();
        builder.Services.AddSweep<ClearanceSweep>("clearance-sweep");
    }

    public static RouteGroupBuilder MapClearance(this RouteGroupBuilder api) => api.MapClearanceQueries();
}
