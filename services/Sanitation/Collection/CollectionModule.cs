using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.Sanitation.Collection.Tonnage;
using DigitalCity.ServiceDefaults.Messaging;
using DigitalCity.ServiceDefaults.Storage;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Sanitation.Collection;

/// <summary>Wires collection records, their intake channels (API, CSV import, weighbridge feed) and the tonnage report.</summary>
public static class CollectionModule
{
    public static void AddCollection(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(CollectionOptions.From(builder.Configuration));
        builder.Services.AddSingleton<CollectionIntake>();
        builder.Services.AddServiceStore<ICollectionStore>(builder.Configuration, SanitationModule.ServiceName,
            sqlite => new SqliteCollectionStore(sqlite), mongo => new MongoCollectionStore(mongo));
    }

    public static void AddCollectionConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddServiceConsumer<WeighbridgeTicketRecordedConsumer>(SanitationModule.ServiceName);

    public static RouteGroupBuilder MapCollection(this RouteGroupBuilder api)
    {
        api.MapRecordCollection();
        api.MapImportCollections();
        api.MapCollectionQueries();
        api.MapGetTonnage();
        return api;
    }
}
