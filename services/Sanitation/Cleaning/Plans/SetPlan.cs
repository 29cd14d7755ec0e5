using System.Security.Claims;
using DigitalCity.Sanitation.Cleaning.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>
/// 一路一策 — a sanitation supervisor sets a road segment's plan: <c>POST</c> creates it (409 when the segment
/// has one), <c>PUT</c> replaces it whole given the <c>version</c> read (409 when someone changed it since).
/// Either raises <c>CleaningPlanSet</c>.
/// </summary>
public static class SetPlan
{
    public static RouteGroupBuilder MapSetPlan(this RouteGroupBuilder api)
    {
        api.MapPost("/cleaning-plans", CreateAsync)
            .WithName("CreateCleaningPlan")
            .WithTags("Cleaning")
            .WithSummary("Create a road segment's cleaning plan (一路一策): grade, quality target, methods with runs, windows and crew, holiday overrides.")
            .RequireAuthorization(p => p.RequireRole(CleaningRoles.Planners))
            .Produces<CleaningPlanView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPut("/cleaning-plans/{segmentCode}", ReplaceAsync)
            .WithName("ReplaceCleaningPlan")
            .WithTags("Cleaning")
            .WithSummary("Replace a segment's plan whole; send the version you read (409 when it is stale).")
            .RequireAuthorization(p => p.RequireRole(CleaningRoles.Planners))
            .Produces<CleaningPlanView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> CreateAsync(PlanRequest request, ClaimsPrincipal user, ICleaningStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(request.Version is null, "version", "A new plan has no version; send the version you read when you replace a plan (PUT).");
        var spec = request.Read(errors);
        if (spec is null || errors.Any)
        {
            return errors.ToResult();
        }

        if (await store.FindPlanAsync(spec.SegmentCode, cancellationToken) is not null)
        {
            return Taken(spec.SegmentCode);
        }

        var plan = CleaningPlan.Create(spec, user.UserId(), time);
        try
        {
            await store.SavePlanAsync(plan, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // A concurrent create of the same segment won.
            return Taken(spec.SegmentCode);
        }

        return TypedResults.Created($"/api/sanitation/cleaning-plans/{plan.SegmentCode}", CleaningPlanView.Of(plan));
    }

    static async Task<IResult> ReplaceAsync(string segmentCode, PlanRequest request, ClaimsPrincipal user, ICleaningStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required("version", request.Version);
        errors.Check(request.SegmentCode is null || request.SegmentCode == segmentCode, "segmentCode",
            $"The plan at this URL is of segment {segmentCode}; a segment's code does not change.");
        var spec = (request with { SegmentCode = segmentCode }).Read(errors);
        if (spec is null || errors.Any)
        {
            return errors.ToResult();
        }

        var plan = await store.FindPlanAsync(segmentCode, cancellationToken);
        if (plan is null)
        {
            return PlanQueries.NotFound(segmentCode);
        }

        plan.Revise(spec, request.Version!.Value, user.UserId(), time);
        await store.SavePlanAsync(plan, cancellationToken);
        return TypedResults.Ok(CleaningPlanView.Of(plan));
    }

    static IResult Taken(string segmentCode) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: $"Segment {segmentCode} has a plan already.",
        detail: $"Read it (GET /api/sanitation/cleaning-plans/{segmentCode}) and replace it with PUT and its version.");
}
