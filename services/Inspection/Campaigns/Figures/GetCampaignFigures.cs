using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>
/// 每日数据 — a campaign's figures per district and day: groups and officers sent, premises checked,
/// hazards found by type, rectified on the spot or later, overdue. The period defaults to the campaign's.
/// </summary>
public static class GetCampaignFigures
{
    public static RouteGroupBuilder MapGetCampaignFigures(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:guid}/figures", HandleAsync)
            .WithName("GetCampaignFigures")
            .WithTags("Campaigns")
            .WithSummary("A campaign's figures per district and day (from/to: city dates, default the campaign's period; district: one district).")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Readers))
            .Produces<CampaignFiguresView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Guid campaignId,
        DateOnly? from,
        DateOnly? to,
        string? district,
        ICampaignStore campaigns,
        ICampaignFigureStore figures,
        PlaceDirectoryProvider places,
        CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindCampaignAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return GetCampaign.NotFound(campaignId);
        }

        var first = from ?? campaign.StartDate;
        var last = to ?? campaign.EndDate;
        var errors = new ValidationErrors();
        errors.Check(first <= last, "from", "'from' must not be after 'to'.");
        errors.Check(last.DayNumber - first.DayNumber < PlanCampaign.MaxDays, "to", $"Ask for at most {PlanCampaign.MaxDays} days.");
        errors.Check(district is null || campaign.Covers(district), "district", $"Campaign {campaign.Name} covers {string.Join(", ", campaign.DistrictCodes)} only.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var counts = await figures.CountAsync(campaignId, first, last, district, cancellationToken);
        var directory = await places.GetAsync(cancellationToken);
        string NameOf(string code) => directory.FindDistrict(code)?.Name ?? code;
        // One pass over the counters builds each district-day; districts and the total are sums of those.
        var days = counts.GroupBy(c => (c.Day, c.DistrictCode))
            .Select(g => new DistrictDayFigures(g.Key.Day, g.Key.DistrictCode, NameOf(g.Key.DistrictCode), CampaignFigures.Of(g)))
            .OrderBy(d => d.Day).ThenBy(d => d.DistrictCode, StringComparer.Ordinal)
            .ToList();
        var districts = (district is null ? campaign.DistrictCodes : [district])
            .Select(d => new DistrictFigures(d, NameOf(d), CampaignFigures.Sum([.. days.Where(day => day.DistrictCode == d).Select(day => day.Figures)])))
            .ToList();
        return TypedResults.Ok(new CampaignFiguresView(campaign.Id, campaign.Name, first, last, CampaignFigures.Sum([.. districts.Select(d => d.Figures)]), districts, days));
    }
}
