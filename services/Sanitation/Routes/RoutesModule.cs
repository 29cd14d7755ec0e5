using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Sanitation.Routes;

/// <summary>Wires collection routes: their store over the service's database, the access rule, and the API.</summary>
public static class RoutesModule
{
    public static void AddRoutes(this WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore<IRouteStore>(builder.Configuration, SanitationModule.ServiceName,
            sqlite => new SqliteRouteStore(sqlite), mongo => new MongoRouteStore(mongo));
        builder.Services.AddSingleton<RouteAccess>();
    }

    public static RouteGroupBuilder MapRoutes(this RouteGroupBuilder api)
    {
        api.MapPutRoute();
        api.MapRouteQueries();
        return api;
    }
}
