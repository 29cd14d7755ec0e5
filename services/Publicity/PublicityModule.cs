using DigitalCity.Publicity.Bulletins;
using DigitalCity.Publicity.Contests.Certificates;
using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Figures;
using DigitalCity.Publicity.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Messaging;
using DigitalCity.ServiceDefaults.Storage;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Publicity;

/// <summary>The publicity service: its storage, consumers and API under <c>/api/publicity</c>.</summary>
public sealed class PublicityModule : IServiceModule
{
    public const string ServiceName = "publicity";

    public string Name => ServiceName;

    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStorage<IFigureStore>(
            builder.Configuration,
            ServiceName,
            (_, sqlite) => new SqliteFigureStore(sqlite),
            (_, mongo) => new MongoFigureStore(mongo),
            [.. ContestsModule.OutboxCollections, MongoBulletinStore.CollectionName]);
        builder.AddContests();
        builder.AddCertificates();
        builder.AddBulletins();

        // Fail at startup, not at the first entry, when entrants' numbers could not be protected.
        var personalData = builder.Configuration.GetSection(PersonalDataOptions.Section).Get<PersonalDataOptions>() ?? new PersonalDataOptions();
        builder.Services.AddSingleton(new PhoneProtector(personalData));
    }

    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddServiceConsumer<DailyFiguresConsumer>(ServiceName);
        bus.AddContestConsumers();
    }

    public void Map(WebApplication app)
    {
        var api = app.MapGroup($"/api/{ServiceName}").WithGroupName(ServiceName);
        api.MapDailyFigures();
        api.MapContests();
        api.MapBulletins();
    }
}
