using DigitalCity.Sanitation.Cleaning;
using DigitalCity.Sanitation.Clearance;
using DigitalCity.Sanitation.Clearance.Storage;
using DigitalCity.Sanitation.Collection;
using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.Sanitation.Consumers;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.Sanitation.Maintenance;
using DigitalCity.Sanitation.Maintenance.Storage;
using DigitalCity.Sanitation.Overflow;
using DigitalCity.Sanitation.Routes;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Messaging;
using DigitalCity.ServiceDefaults.Storage;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Sanitation;

/// <summary>The sanitation service: its storage, consumers and API under <c>/api/sanitation</c>.</summary>
public sealed class SanitationModule : IServiceModule
{
    public const string ServiceName = "sanitation";

    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(SanitationOptions.Section).Get<SanitationOptions>() ?? new SanitationOptions());
        builder.Services.AddServiceStorage<ITaskStore>(
            builder.Configuration,
            ServiceName,
            (_, sqlite) => new SqliteTaskStore(sqlite),
            (_, mongo) => new MongoTaskStore(mongo),
            [MongoTaskStore.CollectionName, MongoFacilityStore.CollectionName, MongoCollectionStore.CollectionName, MongoClearanceStore.CollectionName,
                MongoRouteStore.CollectionName, MongoMaintenanceOrderStore.CollectionName, .. CleaningModule.OutboxCollections]);
        builder.AddFacilities();
        builder.AddRoutes();
        builder.AddCollection();
        builder.AddClearance();
        builder.AddCleaning();
        builder.AddOverflow();
        builder.AddMaintenance();
    }

    /// <summary>Tasks follow the cases dispatched to the sanitation department: opened, reopened as rework, cancelled.</summary>
    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<CaseDispatchedConsumer>(ServiceName);
        bus.AddServiceConsumer<CaseReworkOrderedConsumer>(ServiceName);
        bus.AddServiceConsumer<CaseReturnedConsumer>(ServiceName);
        bus.AddServiceConsumer<CaseVoidedConsumer>(ServiceName);
        bus.AddServiceConsumer<CaseExtendedConsumer>(ServiceName);
        bus.AddCollectionConsumers();
    }

    public void Map(WebApplication app)
    {
        var api = app.MapGroup($"/api/{ServiceName}").WithGroupName(ServiceName);
        api.MapTaskQueries();
        api.MapCompleteTask();
        api.MapFacilities();
        api.MapRoutes();
        api.MapCollection();
        api.MapClearance();
        api.MapCleaning();
        api.MapOverflow();
        api.MapMaintenance();
    }
}
