using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Premises;

/// <summary>One premises' file, for the inspectors who visit it and the staff who plan campaigns.</summary>
public static class GetPremises
{
    public static RouteGroupBuilder MapGetPremises(this RouteGroupBuilder api)
    {
        api.MapGet("/premises/{id:guid}", HandleAsync)
            .WithName("GetPremises")
            .WithTags("Premises")
            .WithSummary("A premises' file; the contact phone is masked for centre staff.")
            .RequireAuthorization(p => p.RequireRole(PremisesAccess.Readers))
            .Produces<PremisesView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> HandleAsync(Guid id, ClaimsPrincipal user, IPremisesStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } premises
            ? TypedResults.Ok(PremisesView.From(premises, PremisesAccess.SeesContactPhone(user)))
            : NotFound(id);

    /// <summary>404 for a premises id that is not on file.</summary>
    public static IResult NotFound(Guid id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No premises {id}.");
}
