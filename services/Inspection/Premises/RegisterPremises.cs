using System.Security.Claims;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// 建档 — a campaign manager or administrator opens the file of one premises. A retry with the same
/// <c>Idempotency-Key</c> answers the file the first attempt opened; a credit code already on file is 409.
/// </summary>
public static class RegisterPremises
{
    public static RouteGroupBuilder MapRegisterPremises(this RouteGroupBuilder api)
    {
        api.MapPost("/premises", HandleAsync)
            .WithName("RegisterPremises")
            .WithTags("Premises")
            .WithSummary("Open a premises' file (一户一档). Send an Idempotency-Key so a retry never opens a second file.")
            .RequireAuthorization(p => p.RequireRole(PremisesAccess.Keepers))
            .Produces<PremisesView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        PremisesForm request,
        [FromHeader(Name = ReportCase.IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        PlaceDirectoryProvider places,
        IPremisesStore store,
        TimeProvider time,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var details = request.Check(await places.GetAsync(cancellationToken), errors);
        errors.IdempotencyKey(idempotencyKey);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var stamp = idempotencyKey is null ? null : IdempotencyStamp.For(user.UserId(), idempotencyKey, request);
        var idempotent = new IdempotentCreation<Premises>(stamp, store.FindByIdempotencyKeyAsync);
        if (await idempotent.EarlierAsync((earlier, s) => Replay(earlier, s, http), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        if (details!.CreditCode is { } code && await store.FindHolderAsync(code, cancellationToken) is { } holder)
        {
            return CreditCodeConflict.Problem(code, holder.Id);
        }

        var premises = Premises.Register(details, user.UserId(), time, stamp);
        // A concurrent retry with the same key may win the race, or another file take the credit code meanwhile.
        return await idempotent.SaveAsync<IResult>(async () =>
        {
            await store.SaveAsync(premises, cancellationToken);
            return TypedResults.Created($"/api/inspection/premises/{premises.Id}", PremisesView.From(premises, PremisesAccess.SeesContactPhone(user)));
        }, (winner, s) => Replay(winner, s, http), cancellationToken,
            otherDuplicate: () => CreditCodeConflict.ProblemAsync(store, details.CreditCode!, cancellationToken));
    }

    static IResult Replay(Premises earlier, IdempotencyStamp stamp, HttpContext http) =>
        IdempotentReplay.Answer(earlier.RequestFingerprint, stamp, $"Premises {earlier.Id}", http,
            () => PremisesView.From(earlier, PremisesAccess.SeesContactPhone(http.User)));
}
