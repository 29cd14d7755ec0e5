using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Sanitation.Facilities;

/// <summary>Wires the facility registry over the sanitation service's own database, so its events share the service's outbox.</summary>
public static class FacilitiesModule
{
    public static void AddFacilities(this WebApplicationBuilder builder) =>
        builder.Services.AddServiceStore<IFacilityStore>(builder.Configuration, SanitationModule.ServiceName,
            sqlite => new SqliteFacilityStore(sqlite), mongo => new MongoFacilityStore(mongo));

    public static RouteGroupBuilder MapFacilities(this RouteGroupBuilder api)
    {
        api.MapRegisterFacility();
        api.MapUpdateFacility();
        api.MapFacilityQueries();
        return api;
    }
}
