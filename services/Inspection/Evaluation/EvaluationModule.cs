using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Mongo;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// Wires the evaluation (综合评价) into the inspection service: its options (checked at startup), the
/// projector on the working calendar's time zone, the fact store over the service's own database, and the API.
/// </summary>
public static class EvaluationModule
{
    public static void AddEvaluation(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(EvaluationOptions.Load(builder.Configuration));
        builder.Services.AddSingleton(sp => new FactProjector(sp.GetRequiredService<DeadlineCalculator>().Calendar.TimeZone));
        builder.Services.AddSingleton<Evaluator>();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider == StorageProvider.MongoDb)
        {
            builder.Services.AddSingleton<IEvaluationStore>(sp => new MongoEvaluationStore(
                sp.GetRequiredKeyedService<MongoServiceDatabase>(InspectionModule.ServiceName)));
        }
        else
        {
            builder.Services.AddSingleton<IEvaluationStore>(sp => new SqliteEvaluationStore(
                sp.GetRequiredKeyedService<SqliteDatabase>(InspectionModule.ServiceName)));
        }
    }

    public static RouteGroupBuilder MapEvaluation(this RouteGroupBuilder api)
    {
        api.MapGetEvaluation();
        api.MapGetEvaluationRanking();
        return api;
    }
}
