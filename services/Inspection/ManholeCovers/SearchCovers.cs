using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>The registry by code, paged, filtered by district, kind, state, owner and maintainer.</summary>
public static class SearchCovers
{
    public static RouteGroupBuilder MapSearchCovers(this RouteGroupBuilder api)
    {
        api.MapGet("/manhole-covers", HandleAsync)
            .WithName("SearchManholeCovers")
            .WithTags("Manhole covers")
            .WithSummary("Manhole covers by code, filtered by district, kind, state, owner and maintainer.")
            .RequireAuthorization(p => p.RequireRole(ManholeRoles.Readers))
            .Produces<Page<CoverView>>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        IManholeCoverStore store, string? district, ManholeKind? kind, CoverState? state, string? owner, string? maintainer, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var result = await store.SearchAsync(new CoverFilter(district, kind, state, owner, maintainer), request, cancellationToken);
        return TypedResults.Ok(result.Map(CoverView.From));
    }
}
