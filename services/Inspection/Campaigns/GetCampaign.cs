using DigitalCity.Inspection.Campaigns.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns;

/// <summary>One campaign as planned.</summary>
public static class GetCampaign
{
    public static RouteGroupBuilder MapGetCampaign(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{id:guid}", async (Guid id, ICampaignStore store, CancellationToken cancellationToken) =>
                await store.FindCampaignAsync(id, cancellationToken) is { } campaign ? Results.Ok(CampaignView.From(campaign)) : NotFound(id))
            .WithName("GetCampaign")
            .WithTags("Campaigns")
            .WithSummary("A campaign as planned.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Readers))
            .Produces<CampaignView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The answer to a campaign id that names none.</summary>
    public static IResult NotFound(Guid id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No campaign {id}.");
}
