using System.Security.Claims;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// A campaign manager or administrator replaces a premises' file. The body names the version it was read
/// at: someone else's edit (or an import) since answers 409 and the edit is not applied.
/// </summary>
public static class UpdatePremises
{
    /// <summary>The whole file as it should be, and the version it was read at.</summary>
    public sealed record Request : PremisesForm
    {
        public long? Version { get; init; }
    }

    public static RouteGroupBuilder MapUpdatePremises(this RouteGroupBuilder api)
    {
        api.MapPut("/premises/{id:guid}", HandleAsync)
            .WithName("UpdatePremises")
            .WithTags("Premises")
            .WithSummary("Replace a premises' file; send the version you read. A stale version is 409.")
            .RequireAuthorization(p => p.RequireRole(PremisesAccess.Keepers))
            .Produces<PremisesView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Guid id,
        Request request,
        ClaimsPrincipal user,
        PlaceDirectoryProvider places,
        IPremisesStore store,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required("version", request.Version);
        var details = request.Check(await places.GetAsync(cancellationToken), errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var premises = await store.FindAsync(id, cancellationToken);
        if (premises is null)
        {
            return GetPremises.NotFound(id);
        }

        if (premises.Version != request.Version)
        {
            throw new ConcurrencyConflictException(nameof(Premises), id, request.Version!.Value);
        }

        if (premises.Update(details!, user.UserId(), time))
        {
            try
            {
                await store.SaveAsync(premises, cancellationToken);
            }
            catch (DuplicateKeyException)
            {
                return await CreditCodeConflict.ProblemAsync(store, details!.CreditCode!, cancellationToken);
            }
        }

        return TypedResults.Ok(PremisesView.From(premises, PremisesAccess.SeesContactPhone(user)));
    }
}
