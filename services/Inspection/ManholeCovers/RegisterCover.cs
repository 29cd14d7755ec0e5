using System.Security.Claims;
using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>建档 — a campaign manager or administrator puts one well on file under its component code.</summary>
public static class RegisterCover
{
    public static RouteGroupBuilder MapRegisterCover(this RouteGroupBuilder api)
    {
        api.MapPost("/manhole-covers", HandleAsync)
            .WithName("RegisterManholeCover")
            .WithTags("Manhole covers")
            .WithSummary("Put one manhole cover on file (一井一档) under its 16-digit component code.")
            .RequireAuthorization(p => p.RequireRole(ManholeRoles.Registrars))
            .Produces<CoverView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(
        CoverInput request, ClaimsPrincipal user, PlaceDirectoryProvider places, IManholeCoverStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var registration = CoverValidation.Validate(request, "", await places.GetAsync(cancellationToken), errors);
        if (registration is null)
        {
            return errors.ToResult();
        }

        var cover = ManholeCover.Register(registration, user.UserId(), time);
        try
        {
            await store.SaveAsync(cover, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            return AlreadyOnFile(cover.Code);
        }

        return TypedResults.Created($"/api/inspection/manhole-covers/{cover.Code}", CoverView.From(cover));
    }

    internal static IResult AlreadyOnFile(string code) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "This component code is already on file.",
        detail: $"Cover {code} is registered; see GET /api/inspection/manhole-covers/{code}.");
}
