using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// Wires the places into the inspection service: the grid import store over the service's own database
/// (so an import's event shares the service's outbox), the live directory and its reloader.
/// </summary>
public static class PlacesModule
{
    public static void AddPlaces(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == StorageProvider.MongoDb)
        {
            builder.Services.AddSingleton<IGridImportStore>(sp => new MongoGridImportStore(
                sp.GetRequiredKeyedService<MongoServiceDatabase>(InspectionModule.ServiceName)));
        }
        else
        {
            builder.Services.AddSingleton<IGridImportStore>(sp => new SqliteGridImportStore(
                sp.GetRequiredKeyedService<SqliteDatabase>(InspectionModule.ServiceName)));
        }

        builder.Services.AddSingleton(PlacesOptions.From(builder.Configuration));
        builder.Services.AddSingleton(sp => new PlaceDirectoryProvider(JiaozuoPlaces.CreateDirectory(), sp.GetRequiredService<IGridImportStore>()));
        builder.Services.AddHostedService<PlaceDirectoryReloader>();
    }
}
