using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns;

/// <summary>Campaigns newest first, paged; <c>activeOn</c> keeps those whose period covers that city date.</summary>
public static class ListCampaigns
{
    public static RouteGroupBuilder MapListCampaigns(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns", async (DateOnly? activeOn, int? page, int? pageSize, ICampaignStore store, CancellationToken cancellationToken) =>
            {
                var errors = new ValidationErrors();
                var request = Paging.Read(page, pageSize, errors);
                return errors.Any ? errors.ToResult() : Results.Ok((await store.ListCampaignsAsync(activeOn, request, cancellationToken)).Map(CampaignView.From));
            })
            .WithName("ListCampaigns")
            .WithTags("Campaigns")
            .WithSummary("Campaigns newest first; activeOn=YYYY-MM-DD keeps those running that day.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Readers))
            .Produces<Page<CampaignView>>()
            .ProducesValidationProblem();
        return api;
    }
}
