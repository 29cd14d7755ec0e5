using System.Security.Claims;
using DigitalCity.Sanitation.Collection;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Routes;

/// <summary>Reading routes: staff see the routes they crew; supervisors and the centres' staff see all.</summary>
public static class RouteQueries
{
    public static RouteGroupBuilder MapRouteQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/routes", ListAsync)
            .WithName("ListCollectionRoutes")
            .WithTags("Routes")
            .WithSummary("Collection routes by code, optionally in one district; sanitation staff get the routes they crew.")
            .RequireAuthorization(p => p.RequireRole(FacilityAccess.Readers))
            .Produces<Page<RouteView>>()
            .ProducesValidationProblem();

        api.MapGet("/routes/{code}", GetAsync)
            .WithName("GetCollectionRoute")
            .WithTags("Routes")
            .WithSummary("One collection route.")
            .RequireAuthorization(p => p.RequireRole(FacilityAccess.Readers))
            .Produces<RouteView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> ListAsync(ClaimsPrincipal user, IRouteStore routes, string? district, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        errors.District(district);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (RouteAccess.IsCrewOnly(user))
        {
            var own = (await routes.CrewedByAsync(user.UserId(), cancellationToken)).Where(r => district is null || r.DistrictCode == district).ToList();
            return TypedResults.Ok(new Page<RouteView>([.. own.Skip(request.Skip).Take(request.Size).Select(RouteView.From)], request.Number, request.Size, own.Count));
        }

        return TypedResults.Ok((await routes.ListAsync(district, request, cancellationToken)).Map(RouteView.From));
    }

    static async Task<IResult> GetAsync(string code, ClaimsPrincipal user, IRouteStore routes, CancellationToken cancellationToken)
    {
        var route = await routes.FindAsync(code, cancellationToken);
        return route is null || (RouteAccess.IsCrewOnly(user) && !route.IsCrewedBy(user.UserId()))
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No collection route {code}.")
            : TypedResults.Ok(RouteView.From(route));
    }
}
