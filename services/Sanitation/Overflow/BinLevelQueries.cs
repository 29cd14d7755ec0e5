using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Overflow.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Overflow;

/// <summary>Reading the bins' latest fill levels: the facility registry's readers and the sensor platform.</summary>
public static class BinLevelQueries
{
    static readonly string[] Readers = [.. FacilityAccess.Readers, Roles.ExternalSystem];

    public static RouteGroupBuilder MapBinLevelQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/bin-levels", ListAsync)
            .WithName("ListBinLevels")
            .WithTags("Overflow")
            .WithSummary("Every bin with a reading: its latest fill level and threshold, by code.")
            .RequireAuthorization(p => p.RequireRole(Readers))
            .Produces<Page<BinLevelView>>()
            .ProducesValidationProblem();

        api.MapGet("/bin-levels/{binCode}", GetAsync)
            .WithName("GetBinLevel")
            .WithTags("Overflow")
            .WithSummary("One bin's latest fill level.")
            .RequireAuthorization(p => p.RequireRole(Readers))
            .Produces<BinLevelView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> ListAsync(IBinLevelStore store, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        return errors.Any ? errors.ToResult() : TypedResults.Ok((await store.ListAsync(request, cancellationToken)).Map(BinLevelView.From));
    }

    static async Task<IResult> GetAsync(string binCode, IBinLevelStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(binCode, cancellationToken) is { } level
            ? TypedResults.Ok(BinLevelView.From(level))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No reading of bin {binCode} has been recorded.");
}
