using System.Security.Claims;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>
/// 回头看 — an officer of the campaign goes back to a hazard: fixed (with photos), which closes it, or not,
/// which orders it again by a new due instant (and re-opens a hazard that was fixed before and came back).
/// </summary>
public static class ReinspectHazard
{
    public sealed record Request(bool? Rectified, string? Note, IReadOnlyList<string>? PhotoRefs, DateTimeOffset? NewDueAt);

    public static RouteGroupBuilder MapReinspectHazard(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns/{campaignId:guid}/visits/{visitId:guid}/hazards/{hazardId:guid}/reinspections", HandleAsync)
            .WithName("ReinspectHazard")
            .WithTags("Campaigns")
            .WithSummary("Re-inspect a hazard (回头看): rectified closes it; not rectified orders it again by newDueAt.")
            .RequireAuthorization(p => p.RequireRole(Roles.Inspector))
            .Produces<VisitView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Guid campaignId,
        Guid visitId,
        Guid hazardId,
        Request request,
        ClaimsPrincipal user,
        ICampaignStore store,
        CityClock city,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var visit = await store.FindVisitAsync(visitId, cancellationToken);
        if (visit is null || visit.CampaignId != campaignId || visit.Hazards.All(h => h.Id != hazardId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No hazard {hazardId} in visit {visitId} of campaign {campaignId}.");
        }

        if (!await store.IsCampaignOfficerAsync(campaignId, user.UserId(), cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only officers of this campaign's groups re-inspect its hazards.");
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        errors.Required("rectified", request.Rectified);
        errors.Check((request.Note?.Length ?? 0) <= VisitLimits.MaxNoteLength, "note", $"'note' must be at most {VisitLimits.MaxNoteLength} characters.");
        errors.PhotoRefs("photoRefs", request.PhotoRefs);
        if (request.Rectified == true)
        {
            errors.Check(request.PhotoRefs is { Count: > 0 }, "photoRefs", "A rectification is confirmed with at least one photo.");
            errors.Check(request.NewDueAt is null, "newDueAt", "A rectified hazard gets no new due instant.");
        }
        else if (request.Rectified == false)
        {
            errors.Required("newDueAt", request.NewDueAt);
            errors.Check(request.NewDueAt is null || request.NewDueAt > now, "newDueAt", "'newDueAt' must be in the future.");
            errors.Check(request.NewDueAt is null || request.NewDueAt <= now + VisitLimits.MaxRectificationPeriod, "newDueAt",
                $"A rectification is given at most {VisitLimits.MaxRectificationPeriod.TotalDays} days.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        visit.Reinspect(hazardId, user.UserId(), request.Rectified!.Value, request.Note?.Trim(), request.PhotoRefs ?? [], request.NewDueAt, city.DayOf(now), time);
        await store.SaveVisitAsync(visit, cancellationToken);
        return TypedResults.Ok(VisitView.From(visit));
    }
}
