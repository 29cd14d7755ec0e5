using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// Wires the manhole-cover registry into the inspection service: its store over the service's own database
/// (so its events share the service's outbox) and the API. It reads campaigns through the campaigns
/// module's <c>ICampaignStore</c>.
/// </summary>
public static class ManholeCoversModule
{
    public static void AddManholeCovers(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (options.Provider == StorageProvider.MongoDb)
        {
            builder.Services.AddSingleton<IManholeCoverStore>(sp => new MongoManholeCoverStore(Database<MongoServiceDatabase>(sp)));
        }
        else
        {
            builder.Services.AddSingleton<IManholeCoverStore>(sp => new SqliteManholeCoverStore(Database<SqliteDatabase>(sp)));
        }
    }

    public static RouteGroupBuilder MapManholeCovers(this RouteGroupBuilder api)
    {
        api.MapRegisterCover();
        api.MapImportCovers();
        api.MapGetCover();
        api.MapSearchCovers();
        api.MapReportDefect();
        api.MapRepairSteps();
        api.MapGetManholeFigures();
        return api;
    }

    static T Database<T>(IServiceProvider services)
        where T : notnull => services.GetRequiredKeyedService<T>(InspectionModule.ServiceName);
}
