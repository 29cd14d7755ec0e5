using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Campaigns.Sweeps;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Health;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.ServiceDefaults.Sweeps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection.Campaigns;

/// <summary>
/// Wires special inspection campaigns (专项行动) into the inspection service: the checklist book, the store
/// of campaigns, groups and visits, and the figure store, all over the service's own database (so their
/// events share its outbox), and the API.
/// </summary>
public static class CampaignsModule
{
    public const string ChecklistTable = "checklist_book";

    public const string ChecklistCollection = "checklistBook";

    /// <summary>The collections whose documents carry outbox entries.</summary>
    public static IReadOnlyList<string> OutboxCollections { get; } = [ChecklistCollection, .. MongoCampaignStore.Collections];

    public static void AddCampaigns(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(CampaignSweepOptions.From(builder.Configuration));
        builder.Services.AddSingleton<PinnedChecklists>();
        builder.Services.AddSingleton<OverdueRectifications>();
        builder.Services.AddSingleton<DailySummaries>();
        builder.Services.AddSweep<CampaignSweep>("campaign-sweep");
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == StorageProvider.MongoDb)
        {
            builder.Services.AddSingleton(sp => SingletonAggregateStore.Mongo<ChecklistBook>(Mongo(sp), ChecklistCollection, ChecklistBook.BookId, Seed));
            builder.Services.AddSingleton<ICampaignStore>(sp => new MongoCampaignStore(Mongo(sp)));
            builder.Services.AddSingleton<ICampaignFigureStore>(sp => new MongoCampaignFigureStore(Mongo(sp)));
        }
        else
        {
            builder.Services.AddSingleton(sp => SingletonAggregateStore.Sqlite<ChecklistBook>(Sqlite(sp), ChecklistTable, ChecklistBook.BookId, Seed));
            builder.Services.AddSingleton<ICampaignStore>(sp => new SqliteCampaignStore(Sqlite(sp)));
            builder.Services.AddSingleton<ICampaignFigureStore>(sp => new SqliteCampaignFigureStore(Sqlite(sp)));
        }
    }

    public static RouteGroupBuilder MapCampaigns(this RouteGroupBuilder api)
    {
        api.MapReadChecklists();
        api.MapPutChecklist();
        api.MapPlanCampaign();
        api.MapGetCampaign();
        api.MapListCampaigns();
        api.MapFormGroup();
        api.MapListGroups();
        api.MapRecordVisit();
        api.MapVisitQueries();
        api.MapReinspectHazard();
        api.MapGetCampaignFigures();
        return api;
    }

    static ChecklistBook Seed() => ChecklistBook.Create(ChecklistSeed.Templates);

    static MongoServiceDatabase Mongo(IServiceProvider sp) => sp.GetRequiredKeyedService<MongoServiceDatabase>(InspectionModule.ServiceName);

    static SqliteDatabase Sqlite(IServiceProvider sp) => sp.GetRequiredKeyedService<SqliteDatabase>(InspectionModule.ServiceName);
}
