using DigitalCity.Sanitation.Clearance.Storage;
using DigitalCity.Sanitation.Collection;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Clearance;

/// <summary>The clearance rate per district and day, and a day's outcomes point by point.</summary>
public static class ClearanceQueries
{
    public static RouteGroupBuilder MapClearanceQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/clearance", RatesAsync)
            .WithName("GetClearanceRates")
            .WithTags("Daily clearance")
            .WithSummary("Collection points due, cleared by their cut-off and missed, per district and city-local day (日产日清).")
            .RequireAuthorization(p => p.RequireRole(CollectionAccess.Readers))
            .Produces<IReadOnlyList<ClearanceRate>>()
            .ProducesValidationProblem();

        api.MapGet("/clearance/{day}", OutcomesAsync)
            .WithName("GetClearanceOutcomes")
            .WithTags("Daily clearance")
            .WithSummary("One day's outcomes point by point; missed=true lists the points not cleared by their cut-off.")
            .RequireAuthorization(p => p.RequireRole(CollectionAccess.Readers))
            .Produces<Page<ClearanceOutcomeView>>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> RatesAsync(IClearanceStore store, DateOnly? from, DateOnly? to, string? district, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (first, last) = ReportPeriod.Read(from, to, errors);
        errors.District(district);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        return TypedResults.Ok(await store.RatesAsync(first, last, district, cancellationToken));
    }

    static async Task<IResult> OutcomesAsync(IClearanceStore store, DateOnly day, string? district, bool? missed, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        errors.District(district);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var outcomes = await store.OutcomesAsync(day, district, missed ?? false, request, cancellationToken);
        return TypedResults.Ok(outcomes.Map(ClearanceOutcomeView.From));
    }
}
