using DigitalCity.Publicity.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Figures;

/// <summary>The day's figures (city time) for the publicity office's bulletins, for the city or one district.</summary>
public static class GetDailyFigures
{
    /// <param name="District">The district asked for; null for the whole city.</param>
    public sealed record DailyFigures(DateOnly Date, string? District, IReadOnlyDictionary<string, long> Figures);

    public static RouteGroupBuilder MapDailyFigures(this RouteGroupBuilder api)
    {
        api.MapGet("/figures/daily", HandleAsync)
            .WithName("GetDailyFigures")
            .WithTags("Figures")
            .WithSummary("A city day's figures, for the city or a district: inspection groups and officers sent, premises inspected, hazards found and rectified, cases reported, handled and closed, sanitation tasks completed, kilograms of waste collected by type.")
            .RequireAuthorization(p => p.RequireRole([Roles.PublicityEditor, .. Roles.CentreStaff]))
            .Produces<DailyFigures>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(DateOnly? date, string? district, IFigureStore store, CityClock city, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().OptionalDistrict("district", district);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var day = date ?? city.Today;
        return TypedResults.Ok(new DailyFigures(day, district, Complete(await store.SumByMetricAsync(day, day, district, cancellationToken))));
    }

    /// <summary>Every metric, in bulletin order, zero where nothing was counted.</summary>
    public static IReadOnlyDictionary<string, long> Complete(IReadOnlyDictionary<string, long> sums) =>
        Metrics.All.ToDictionary(m => m, m => sums.GetValueOrDefault(m));
}
