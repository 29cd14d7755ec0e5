using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>Wires bulletins: their store over the publicity service's database, the district names, and the API.</summary>
public static class BulletinsModule
{
    public static void AddBulletins(this WebApplicationBuilder builder)
    {
        builder.Services.AddServiceStore<IBulletinStore>(builder.Configuration, PublicityModule.ServiceName,
            sqlite => new SqliteBulletinStore(sqlite), mongo => new MongoBulletinStore(mongo));
        builder.Services.AddSingleton(DistrictNames.FromConfiguration(builder.Configuration));
    }

    public static RouteGroupBuilder MapBulletins(this RouteGroupBuilder api)
    {
        api.MapDraftBulletin();
        api.MapReviewBulletin();
        api.MapBulletinQueries();
        return api;
    }
}
