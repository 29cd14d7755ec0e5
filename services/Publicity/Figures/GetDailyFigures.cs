using DigitalCity.Publicity.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Figures;

/// <summary>The day's figures (city time) for the publicity office's bulletins.</summary>
public static class GetDailyFigures
{
    public sealed record DailyFigures(DateOnly Date, IReadOnlyDictionary<string, long> Figures);

    public static RouteGroupBuilder MapDailyFigures(this RouteGroupBuilder api)
    {
        api.MapGet("/figures/daily", HandleAsync)
            .WithName("GetDailyFigures")
            .WithTags("Figures")
            .WithSummary("Counts of the day's events (city time): cases reported, cases handled, sanitation tasks completed.")
            .RequireAuthorization(p => p.RequireRole([Roles.PublicityEditor, .. Roles.CentreStaff]))
            .Produces<DailyFigures>();
        return api;
    }

    static async Task<IResult> HandleAsync(DateOnly? date, IFigureStore store, CityClock city, CancellationToken cancellationToken)
    {
        var day = date ?? city.Today;
        var counts = await store.CountByMetricAsync(day, cancellationToken);
        return TypedResults.Ok(new DailyFigures(day, Metrics.All.ToDictionary(m => m, m => counts.GetValueOrDefault(m))));
    }
}
