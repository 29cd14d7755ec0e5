using System.Security.Claims;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>
/// A campaign's visits newest first, and one visit with its hazards. Inspectors see the visits of the
/// groups they belong to; campaign managers and the centres see all.
/// </summary>
public static class VisitQueries
{
    public static RouteGroupBuilder MapVisitQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:guid}/visits", ListAsync)
            .WithName("ListInspectionVisits")
            .WithTags("Campaigns")
            .WithSummary("A campaign's visits newest first, by day, district, premises, group and whether a hazard is still open; paged.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Readers))
            .Produces<Page<VisitView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/campaigns/{campaignId:guid}/visits/{visitId:guid}", GetAsync)
            .WithName("GetInspectionVisit")
            .WithTags("Campaigns")
            .WithSummary("One visit with its checklist answers and hazards.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Readers))
            .Produces<VisitView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> ListAsync(
        Guid campaignId,
        DateOnly? day,
        string? district,
        Guid? premisesId,
        Guid? groupId,
        bool? openHazards,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        ICampaignStore store,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (await store.FindCampaignAsync(campaignId, cancellationToken) is null)
        {
            return GetCampaign.NotFound(campaignId);
        }

        var own = await OwnGroupsAsync(campaignId, user, store, cancellationToken);
        IReadOnlyList<Guid>? groups = groupId is not { } one ? own : own is null || own.Contains(one) ? [one] : [];
        var filter = new VisitFilter(campaignId, day, district, premisesId, groups, openHazards);
        return TypedResults.Ok((await store.ListVisitsAsync(filter, request, cancellationToken)).Map(VisitView.From));
    }

    static async Task<IResult> GetAsync(Guid campaignId, Guid visitId, ClaimsPrincipal user, ICampaignStore store, CancellationToken cancellationToken)
    {
        var visit = await store.FindVisitAsync(visitId, cancellationToken);
        if (visit is null || visit.CampaignId != campaignId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No visit {visitId} in campaign {campaignId}.");
        }

        return await OwnGroupsAsync(campaignId, user, store, cancellationToken) is { } own && !own.Contains(visit.GroupId)
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This visit belongs to a group you are not an officer of.")
            : TypedResults.Ok(VisitView.From(visit));
    }

    /// <summary>An inspector's own groups in the campaign; null for those who see every group.</summary>
    static async Task<IReadOnlyList<Guid>?> OwnGroupsAsync(Guid campaignId, ClaimsPrincipal user, ICampaignStore store, CancellationToken cancellationToken)
    {
        if (user.HasAnyRole([Roles.CampaignManager, Roles.Administrator, .. Roles.CentreStaff]))
        {
            return null;
        }

        var userId = user.UserId();
        return [.. (await store.ListGroupsAsync(campaignId, null, null, cancellationToken)).Where(g => g.HasOfficer(userId)).Select(g => g.Id)];
    }
}
