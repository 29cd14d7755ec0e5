using System.Security.Claims;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns.Groups;

/// <summary>
/// 派出检查组 — a campaign manager sends an inspection group into one of the campaign's districts on a day
/// of its period: a leader and the officers (user ids of inspectors) who will record its visits.
/// </summary>
public static class FormGroup
{
    public const int MaxOfficers = 30;

    public sealed record Request(string? DistrictCode, DateOnly? Day, string? Name, string? LeaderId, IReadOnlyList<string>? OfficerIds);

    public static RouteGroupBuilder MapFormGroup(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns/{campaignId:guid}/groups", HandleAsync)
            .WithName("FormInspectionGroup")
            .WithTags("Campaigns")
            .WithSummary("Send an inspection group (检查组) into a district of the campaign on a day of its period.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Planners))
            .Produces<GroupView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> HandleAsync(Guid campaignId, Request request, ClaimsPrincipal user, ICampaignStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var campaign = await store.FindCampaignAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return GetCampaign.NotFound(campaignId);
        }

        var errors = new ValidationErrors();
        errors.Required("districtCode", request.DistrictCode, 12);
        errors.Check(request.DistrictCode is null || campaign.Covers(request.DistrictCode), "districtCode",
            $"Campaign {campaign.Name} covers {string.Join(", ", campaign.DistrictCodes)} only.");
        errors.Required("day", request.Day);
        errors.Check(request.Day is null || campaign.Covers(request.Day.Value), "day",
            $"Campaign {campaign.Name} runs from {campaign.StartDate:yyyy-MM-dd} to {campaign.EndDate:yyyy-MM-dd}.");
        errors.Required("name", request.Name, 50);
        errors.Required("leaderId", request.LeaderId, 100);
        var officers = request.OfficerIds ?? [];
        errors.Check(officers.Count <= MaxOfficers, "officerIds", $"A group has at most {MaxOfficers} officers.");
        errors.Check(officers.All(o => !string.IsNullOrWhiteSpace(o) && o.Length <= 100), "officerIds", "Each officer id must be non-empty and at most 100 characters.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var group = InspectionGroup.Form(campaign, request.DistrictCode!, request.Day!.Value, request.Name!.Trim(), request.LeaderId!.Trim(),
            [.. officers.Select(o => o.Trim())], user.UserId(), time);
        await store.SaveGroupAsync(group, cancellationToken);
        return TypedResults.Created($"/api/inspection/campaigns/{campaignId}/groups/{group.Id}", GroupView.From(group));
    }
}
