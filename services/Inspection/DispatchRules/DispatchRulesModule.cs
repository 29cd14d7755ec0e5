using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>
/// Wires the dispatch rules into the inspection service: the store over the service's own database
/// (registered by its storage, so the rule set's events share the service's outbox) and the API.
/// </summary>
public static class DispatchRulesModule
{
    public static void AddDispatchRules(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (options.Provider == StorageProvider.MongoDb)
        {
            builder.Services.AddSingleton<IDispatchRuleStore>(sp => new MongoDispatchRuleStore(
                sp.GetRequiredKeyedService<MongoServiceDatabase>(InspectionModule.ServiceName), CategoryCatalog.Seed));
        }
        else
        {
            builder.Services.AddSingleton<IDispatchRuleStore>(sp => new SqliteDispatchRuleStore(
                sp.GetRequiredKeyedService<SqliteDatabase>(InspectionModule.ServiceName), CategoryCatalog.Seed));
        }
    }

    public static RouteGroupBuilder MapDispatchRules(this RouteGroupBuilder api)
    {
        api.MapGetDispatchRules();
        api.MapReplaceDispatchRules();
        api.MapSuggestDispatch();
        return api;
    }
}
