using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Cases.Steps;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Consumers;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Inspection.DispatchRules;
using DigitalCity.Inspection.Evaluation;
using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.Inspection.Open311;
using DigitalCity.Inspection.Places;
using DigitalCity.Inspection.Premises;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Health;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Messaging;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Sweeps;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection;

/// <summary>The inspection service: its storage, consumers and API under <c>/api/inspection</c>, and Open311 GeoReport v2 under <c>/open311/v2</c>.</summary>
public sealed class InspectionModule : IServiceModule
{
    public const string ServiceName = "inspection";

    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.AddCategories();
        var deadlines = new DeadlineCalculator(WorkCalendarOptions.Load(builder.Configuration));
        builder.Services.AddSingleton(deadlines);
        builder.Services.AddSingleton(StepLimitOptions.Load(builder.Configuration, deadlines));
        builder.Services.AddSingleton(DeadlineSweepOptions.From(builder.Configuration));
        builder.Services.AddSingleton(DuplicateOptions.From(builder.Configuration));
        builder.Services.AddScoped<CaseIntake>();
        builder.Services.AddSweep<DeadlineSweep>("deadline-sweep");
        builder.Services.AddServiceStorage<ICaseStore>(
            builder.Configuration,
            ServiceName,
            (_, sqlite) => new SqliteCaseStore(sqlite),
            (_, mongo) => new MongoCaseStore(mongo),
            [MongoCaseStore.CollectionName, MongoDispatchRuleStore.CollectionName, CategoriesModule.CollectionName, MongoGridImportStore.CollectionName,
                MongoPremisesStore.CollectionName, MongoManholeCoverStore.CollectionName, .. CampaignsModule.OutboxCollections]);
        builder.AddDispatchRules();
        builder.AddPlaces();
        builder.AddEvaluation();
        builder.AddPremises();
        builder.AddCampaigns();
        builder.AddManholeCovers();
        builder.AddOpen311();
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<SanitationTaskCompletedConsumer>(ServiceName);
        bus.AddServiceConsumer<EvaluationFactsConsumer>(ServiceName);
        bus.AddServiceConsumer<CampaignFiguresConsumer>(ServiceName);
    }

    public void Map(WebApplication app)
    {
        var api = app.MapGroup($"/api/{ServiceName}").WithGroupName(ServiceName);
        api.MapCategories();
        api.MapPlaces();
        api.MapReportCase();
        api.MapGetCase();
        api.MapListCases();
        api.MapVerificationSteps();
        api.MapAcceptanceSteps();
        api.MapDispatchSteps();
        api.MapRequestSteps();
        api.MapRecheckAndClosingSteps();
        api.MapDuplicateSteps();
        api.MapDispatchRules();
        api.MapEvaluation();
        api.MapPremises();
        api.MapCampaigns();
        api.MapManholeCovers();
        app.MapOpen311(ServiceName);
    }
}
