using DigitalCity.Sanitation.Cleaning.Compliance;
using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.Sanitation.Cleaning.Runs;
using DigitalCity.Sanitation.Cleaning.Storage;
using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Cleaning;

/// <summary>
/// Wires road cleaning plans (一路一策) into the sanitation service: the store of plans and runs over the
/// service's own database (so their events share its outbox), and the API.
/// </summary>
public static class CleaningModule
{
    /// <summary>The collections whose documents carry outbox entries.</summary>
    public static IReadOnlyList<string> OutboxCollections => MongoCleaningStore.Collections;

    public static void AddCleaning(this WebApplicationBuilder builder) =>
        builder.Services.AddServiceStore<ICleaningStore>(builder.Configuration, SanitationModule.ServiceName,
            sqlite => new SqliteCleaningStore(sqlite), mongo => new MongoCleaningStore(mongo));

    public static RouteGroupBuilder MapCleaning(this RouteGroupBuilder api)
    {
        api.MapSetPlan();
        api.MapPlanQueries();
        api.MapRecordRun();
        api.MapListRuns();
        api.MapGetCompliance();
        return api;
    }
}
