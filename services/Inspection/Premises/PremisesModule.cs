using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// Wires the premises registry (一户一档) into the inspection service: the store over the service's own
/// database (so a file's events share the service's outbox), the import limits and the API.
/// </summary>
public static class PremisesModule
{
    public static void AddPremises(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == StorageProvider.MongoDb)
        {
            builder.Services.AddSingleton<IPremisesStore>(sp => new MongoPremisesStore(
                sp.GetRequiredKeyedService<MongoServiceDatabase>(InspectionModule.ServiceName)));
        }
        else
        {
            builder.Services.AddSingleton<IPremisesStore>(sp => new SqlitePremisesStore(
                sp.GetRequiredKeyedService<SqliteDatabase>(InspectionModule.ServiceName)));
        }

        builder.Services.AddSingleton(PremisesOptions.From(builder.Configuration));
    }

    public static RouteGroupBuilder MapPremises(this RouteGroupBuilder api)
    {
        api.MapRegisterPremises();
        api.MapGetPremises();
        api.MapUpdatePremises();
        api.MapSearchPremises();
        api.MapImportPremises();
        return api;
    }
}
