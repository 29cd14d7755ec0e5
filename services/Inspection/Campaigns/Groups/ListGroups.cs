using DigitalCity.Inspection.Campaigns.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns.Groups;

/// <summary>A campaign's inspection groups by day and name, optionally of one day and district.</summary>
public static class ListGroups
{
    public static RouteGroupBuilder MapListGroups(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:guid}/groups", async (Guid campaignId, DateOnly? day, string? district, ICampaignStore store, CancellationToken cancellationToken) =>
                await store.FindCampaignAsync(campaignId, cancellationToken) is null
                    ? GetCampaign.NotFound(campaignId)
                    : Results.Ok((await store.ListGroupsAsync(campaignId, day, district, cancellationToken)).Select(GroupView.From)))
            .WithName("ListInspectionGroups")
            .WithTags("Campaigns")
            .WithSummary("A campaign's inspection groups, optionally of one day (YYYY-MM-DD) and district.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Readers))
            .Produces<IReadOnlyList<GroupView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
