using System.Security.Claims;
using DigitalCity.Sanitation.Cleaning.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>Reading plans: supervisors and centre staff every plan, sanitation staff the plans they crew.</summary>
public static class PlanQueries
{
    public static RouteGroupBuilder MapPlanQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/cleaning-plans", ListAsync)
            .WithName("ListCleaningPlans")
            .WithTags("Cleaning")
            .WithSummary("Plans by segment code, optionally of one district; sanitation staff see the plans they crew.")
            .RequireAuthorization(p => p.RequireRole(CleaningRoles.Readers))
            .Produces<Page<CleaningPlanView>>()
            .ProducesValidationProblem();

        api.MapGet("/cleaning-plans/{segmentCode}", GetAsync)
            .WithName("GetCleaningPlan")
            .WithTags("Cleaning")
            .WithSummary("One segment's plan.")
            .RequireAuthorization(p => p.RequireRole(CleaningRoles.Readers))
            .Produces<CleaningPlanView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The answer to a segment code that has no plan.</summary>
    public static IResult NotFound(string segmentCode) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Segment {segmentCode} has no cleaning plan.");

    /// <summary>The plan a reader asked for by its segment code, or the 404 or 403 answer.</summary>
    public static async Task<(CleaningPlan? Plan, IResult? Refusal)> ReadableAsync(string segmentCode, ClaimsPrincipal user, ICleaningStore store, CancellationToken cancellationToken)
    {
        var plan = await store.FindPlanAsync(segmentCode, cancellationToken);
        if (plan is null)
        {
            return (null, NotFound(segmentCode));
        }

        return CleaningRoles.MayRead(user, plan)
            ? (plan, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"You are not in a crew of segment {segmentCode}; staff read the plans they work on."));
    }

    static async Task<IResult> ListAsync(string? district, int? page, int? pageSize, ClaimsPrincipal user, ICleaningStore store, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().District(district);
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var filter = new PlanFilter(district, CleaningRoles.OwnPlansOnly(user));
        var items = await store.ListPlansAsync(filter, request.Skip, request.Size, cancellationToken);
        var total = await store.CountPlansAsync(filter, cancellationToken);
        return TypedResults.Ok(new Page<CleaningPlanView>([.. items.Select(CleaningPlanView.Of)], request.Number, request.Size, total));
    }

    static async Task<IResult> GetAsync(string segmentCode, ClaimsPrincipal user, ICleaningStore store, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await ReadableAsync(segmentCode, user, store, cancellationToken);
        return refusal ?? TypedResults.Ok(CleaningPlanView.Of(plan!));
    }
}
