using System.Security.Claims;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns;

/// <summary>
/// 专项行动 — a campaign manager plans a campaign: its name, type, special action, period (city dates),
/// districts and checklist (the latest version unless one is named), and optionally the category under
/// which an overdue rectification is reported into the closed loop.
/// </summary>
public static class PlanCampaign
{
    public const int MaxDays = 366;

    public sealed record Request(
        string? Name,
        InspectionType? InspectionType,
        SpecialAction? SpecialAction,
        DateOnly? StartDate,
        DateOnly? EndDate,
        IReadOnlyList<string>? DistrictCodes,
        string? ChecklistCode,
        int? ChecklistVersion,
        string? EscalationCategoryCode);

    public static RouteGroupBuilder MapPlanCampaign(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns", HandleAsync)
            .WithName("PlanCampaign")
            .WithTags("Campaigns")
            .WithSummary("Plan a special inspection campaign (专项行动) over districts and a period of city dates.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Planners))
            .Produces<CampaignView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        ClaimsPrincipal user,
        SingletonAggregateStore<ChecklistBook> checklists,
        CategoryBookStore categories,
        PlaceDirectoryProvider places,
        ICampaignStore store,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var book = await checklists.LoadAsync(cancellationToken);
        var directory = await places.GetAsync(cancellationToken);
        var catalog = await categories.CatalogAsync(cancellationToken);
        var errors = new ValidationErrors();
        errors.Required("name", request.Name, 100);
        errors.Required("inspectionType", request.InspectionType);
        errors.Required("specialAction", request.SpecialAction);
        errors.Required("startDate", request.StartDate);
        errors.Required("endDate", request.EndDate);
        if (request.StartDate is { } start && request.EndDate is { } end)
        {
            errors.Check(start <= end, "endDate", "'endDate' must not be before 'startDate'.");
            errors.Check(end.DayNumber - start.DayNumber < MaxDays, "endDate", $"A campaign lasts at most {MaxDays} days.");
        }

        var districts = request.DistrictCodes ?? [];
        errors.Check(districts.Count > 0, "districtCodes", "Name at least one district.");
        foreach (var code in districts.Where(c => directory.FindDistrict(c) is null))
        {
            errors.Add("districtCodes", $"'{code}' is not a district of {directory.City.Name}; see GET /api/inspection/places/districts.");
        }

        var checklist = book.Find(request.ChecklistCode, request.ChecklistVersion);
        if (string.IsNullOrWhiteSpace(request.ChecklistCode))
        {
            errors.Add("checklistCode", "'checklistCode' is required; see GET /api/inspection/checklists.");
        }
        else if (checklist is null)
        {
            errors.Add("checklistCode", $"No checklist '{request.ChecklistCode}'{(request.ChecklistVersion is { } v ? $" version {v}" : "")}; see GET /api/inspection/checklists.");
        }
        else if (request.InspectionType is { } type && checklist.InspectionType != type)
        {
            errors.Add("checklistCode", $"Checklist '{checklist.Code}' is for {checklist.InspectionType}, not {type}.");
        }

        if (request.EscalationCategoryCode is { } category && catalog.Find(category, time.GetUtcNow()) is not { Active: true })
        {
            errors.Add("escalationCategoryCode", $"'{category}' is not a category in effect; see GET /api/inspection/categories.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var campaign = Campaign.Plan(new CampaignPlan(request.Name!.Trim(), request.InspectionType!.Value, request.SpecialAction!.Value,
            request.StartDate!.Value, request.EndDate!.Value, districts, checklist!.Code, checklist.Version, request.EscalationCategoryCode), user.UserId(), time);
        await store.SaveCampaignAsync(campaign, cancellationToken);
        return TypedResults.Created($"/api/inspection/campaigns/{campaign.Id}", CampaignView.From(campaign));
    }
}
