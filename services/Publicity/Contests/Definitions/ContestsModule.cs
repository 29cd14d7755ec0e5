using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Results;
using DigitalCity.ServiceDefaults.Messaging;
using DigitalCity.ServiceDefaults.Storage;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>Wires the contest: its stores over the publicity service's database, the like feed and the API.</summary>
public static class ContestsModule
{
    /// <summary>The MongoDB collections whose documents carry contest events for the outbox.</summary>
    public static IReadOnlyList<string> OutboxCollections { get; } =
        [MongoContestStore.CollectionName, MongoEntrantStore.CollectionName, MongoEntryStore.CollectionName, MongoResultStore.CollectionName];

    public static void AddContests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        const string service = PublicityModule.ServiceName;
        services.AddServiceStore<IContestStore>(configuration, service, sqlite => new SqliteContestStore(sqlite), mongo => new MongoContestStore(mongo));
        services.AddServiceStore<IEntrantStore>(configuration, service, sqlite => new SqliteEntrantStore(sqlite), mongo => new MongoEntrantStore(mongo));
        services.AddServiceStore<IEntryStore>(configuration, service, sqlite => new SqliteEntryStore(sqlite), mongo => new MongoEntryStore(mongo));
        services.AddServiceStore<ILikeStore>(configuration, service, sqlite => new SqliteLikeStore(sqlite), mongo => new MongoLikeStore(mongo));
        services.AddServiceStore<IResultStore>(configuration, service, sqlite => new SqliteResultStore(sqlite), mongo => new MongoResultStore(mongo));
        services.AddSingleton<EntryChange>();
        services.AddSingleton<LikeIntake>();
        services.AddSingleton<LiveTallies>();
    }

    public static void AddContestConsumers(this IBusRegistrationConfigurator bus) =>
        bus.AddServiceConsumer<LikeFeedConsumer>(PublicityModule.ServiceName);

    public static RouteGroupBuilder MapContests(this RouteGroupBuilder api)
    {
        api.MapPutContest();
        api.MapContestQueries();
        api.MapRegisterEntrant();
        api.MapSubmitEntry();
        api.MapEntryQueries();
        api.MapReviewEntry();
        api.MapScoreTheme();
        api.MapRecordLikes();
        api.MapPublishResults();
        api.MapResultQueries();
        api.MapGetCertificate();
        return api;
    }
}
