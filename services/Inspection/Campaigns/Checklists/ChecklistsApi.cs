using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns.Checklists;

/// <summary>Reading checklist templates: the latest version of each, or one version of one.</summary>
public static class ChecklistsApi
{
    public static RouteGroupBuilder MapReadChecklists(this RouteGroupBuilder api)
    {
        api.MapGet("/checklists", async (SingletonAggregateStore<ChecklistBook> store, CancellationToken cancellationToken) =>
                (await store.LoadAsync(cancellationToken)).Latest())
            .WithName("ListChecklists")
            .WithTags("Checklists")
            .WithSummary("The latest version of every checklist template.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Readers))
            .Produces<IReadOnlyList<ChecklistTemplate>>();

        api.MapGet("/checklists/{code}", async (string code, int? version, SingletonAggregateStore<ChecklistBook> store, CancellationToken cancellationToken) =>
                (await store.LoadAsync(cancellationToken)).Find(code, version) is { } template
                    ? Results.Ok(template)
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No checklist '{code}'{(version is { } v ? $" version {v}" : "")}."))
            .WithName("GetChecklist")
            .WithTags("Checklists")
            .WithSummary("One checklist template: the latest version, or ?version=N.")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.Readers))
            .Produces<ChecklistTemplate>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
