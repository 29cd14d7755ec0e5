using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>Wires contests as data: their store over the publicity service's database and the API.</summary>
public static class ContestsModule
{
    public static void AddContests(this WebApplicationBuilder builder) =>
        builder.Services.AddServiceStore<IContestStore>(builder.Configuration, PublicityModule.ServiceName,
            sqlite => new SqliteContestStore(sqlite), mongo => new MongoContestStore(mongo));

    public static RouteGroupBuilder MapContests(this RouteGroupBuilder api)
    {
        api.MapPutContest();
        api.MapContestQueries();
        return api;
    }
}
