using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.Inspection.Places;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>发现 / 整改 / 整改率 — a manhole-cover campaign's figure per district and defect type (<see cref="ManholeFigures"/>).</summary>
public static class GetManholeFigures
{
    public static RouteGroupBuilder MapGetManholeFigures(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:guid}/manhole-figures", HandleAsync)
            .WithName("GetManholeFigures")
            .WithTags("Manhole covers")
            .WithSummary("A manhole-cover campaign's defects found, rectified and the rate, per district and defect type.")
            .RequireAuthorization(p => p.RequireRole(ManholeRoles.Readers))
            .Produces<ManholeFigures>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Guid campaignId, ICampaignStore campaigns, IManholeCoverStore store, PlaceDirectoryProvider places, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindCampaignAsync(campaignId, cancellationToken);
        if (campaign is not { InspectionType: InspectionType.ManholeCovers })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No manhole-cover campaign {campaignId}.");
        }

        var directory = await places.GetAsync(cancellationToken);
        var covers = await store.FindByCampaignAsync(campaignId, cancellationToken);
        return TypedResults.Ok(ManholeFigures.Compute(campaign, covers, code => directory.FindDistrict(code)?.Name));
    }
}
