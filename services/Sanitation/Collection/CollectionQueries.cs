using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Collection;

/// <summary>The records of a period, in time order, optionally of one site, district or waste type.</summary>
public static class CollectionQueries
{
    public static RouteGroupBuilder MapCollectionQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/collections", ListAsync)
            .WithName("ListCollections")
            .WithTags("Collection")
            .WithSummary("Collection records of the city-local days from–to, in time order, optionally by site, district and waste type.")
            .RequireAuthorization(p => p.RequireRole(CollectionAccess.Readers))
            .Produces<Page<CollectionView>>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> ListAsync(
        ICollectionStore store, DateOnly? from, DateOnly? to, string? site, string? district, WasteType? wasteType, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (first, last) = ReportPeriod.Read(from, to, errors);
        var request = Paging.Read(page, pageSize, errors);
        errors.District(district);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var result = await store.ListAsync(new CollectionFilter(first, last, site, district, wasteType), request, cancellationToken);
        return TypedResults.Ok(result.Map(CollectionView.From));
    }
}
