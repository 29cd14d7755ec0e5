using System.Security.Claims;
using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// One repair step as an endpoint, <c>POST /api/inspection/manhole-covers/{code}/defects/{defectId}/{step}</c>:
/// validate the body, load the cover, let the aggregate apply the step (409 in a wrong state, 403 for a
/// department that does not maintain the cover), save it with its event, answer the defect.
/// </summary>
public static class RepairStep
{
    public static RouteHandlerBuilder MapRepairStep<TRequest>(
        this RouteGroupBuilder api,
        string step,
        string name,
        string summary,
        IReadOnlyList<string> roles,
        Func<TRequest, ValidationErrors> validate,
        Func<RepairContext, TRequest, ManholeDefect> apply)
        where TRequest : class =>
        api.MapPost($"/manhole-covers/{{code}}/defects/{{defectId:guid}}/{step}",
            (string code, Guid defectId, TRequest request, ClaimsPrincipal user, IManholeCoverStore store, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var errors = validate(request);
                return errors.Any
                    ? Task.FromResult(errors.ToResult())
                    : ExecuteAsync(code, defectId, user, store, time, context => apply(context, request), cancellationToken);
            })
            .WithName(name)
            .WithTags("Manhole repairs")
            .WithSummary(summary)
            .RequireAuthorization(p => p.RequireRole(roles))
            .Produces<DefectView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    static async Task<IResult> ExecuteAsync(
        string code, Guid defectId, ClaimsPrincipal user, IManholeCoverStore store, TimeProvider time, Func<RepairContext, ManholeDefect> apply, CancellationToken cancellationToken)
    {
        var cover = await store.FindAsync(code, cancellationToken);
        if (cover is null)
        {
            return GetCover.NotFound(code);
        }

        if (!cover.Defects.Any(d => d.Id == defectId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Cover {code} has no defect {defectId}.");
        }

        ManholeDefect defect;
        try
        {
            defect = apply(new RepairContext(cover, defectId, user, time));
        }
        catch (ArgumentException ex)
        {
            return new ValidationErrors().Add(ex.ParamName ?? "$", ex.Message).ToResult();
        }

        await store.SaveAsync(cover, cancellationToken);
        return TypedResults.Ok(DefectView.From(cover, defect));
    }
}

/// <summary>What a repair step sees: the cover, the defect's id, who acts and the clock.</summary>
public sealed record RepairContext(ManholeCover Cover, Guid DefectId, ClaimsPrincipal User, TimeProvider Time);
