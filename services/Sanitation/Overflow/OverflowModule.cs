using DigitalCity.Sanitation.Overflow.Storage;
using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Sanitation.Overflow;

/// <summary>Wires bin overflow (满溢/爆桶): its options, the bins' levels over the service's own database, and the API.</summary>
public static class OverflowModule
{
    public static void AddOverflow(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(OverflowOptions.From(builder.Configuration));
        builder.Services.AddSingleton<OverflowTasks>();
        builder.Services.AddServiceStore<IBinLevelStore>(builder.Configuration, SanitationModule.ServiceName,
            sqlite => new SqliteBinLevelStore(sqlite), mongo => new MongoBinLevelStore(mongo));
    }

    public static RouteGroupBuilder MapOverflow(this RouteGroupBuilder api)
    {
        api.MapRecordBinReading();
        api.MapBinLevelQueries();
        api.MapReportOverflow();
        return api;
    }
}
