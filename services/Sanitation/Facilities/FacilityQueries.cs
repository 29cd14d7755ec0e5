using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Facilities;

/// <summary>Reading the registry: one facility by code, or a page of them by kind and district.</summary>
public static class FacilityQueries
{
    public static RouteGroupBuilder MapFacilityQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/facilities", ListAsync)
            .WithName("ListFacilities")
            .WithTags("Facilities")
            .WithSummary("Facilities by code, optionally of one kind and in one district.")
            .RequireAuthorization(p => p.RequireRole(FacilityAccess.Readers))
            .Produces<Page<FacilityView>>()
            .ProducesValidationProblem();

        api.MapGet("/facilities/{code}", GetAsync)
            .WithName("GetFacility")
            .WithTags("Facilities")
            .WithSummary("One facility.")
            .RequireAuthorization(p => p.RequireRole(FacilityAccess.Readers))
            .Produces<FacilityView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static IResult NotFound(string code) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No facility {code}.");

    static async Task<IResult> ListAsync(IFacilityStore store, FacilityKind? kind, string? district, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        errors.District(district);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var result = await store.ListAsync(kind, district, request, cancellationToken);
        return TypedResults.Ok(result.Map(FacilityView.From));
    }

    static async Task<IResult> GetAsync(string code, IFacilityStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(code, cancellationToken) is { } facility ? TypedResults.Ok(FacilityView.From(facility)) : NotFound(code);
}
