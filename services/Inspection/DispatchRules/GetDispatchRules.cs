using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>The current dispatch rules in order, with the version to send back when replacing them.</summary>
public static class GetDispatchRules
{
    public static RouteGroupBuilder MapGetDispatchRules(this RouteGroupBuilder api)
    {
        api.MapGet("/dispatch-rules", async (IDispatchRuleStore store, CancellationToken cancellationToken) =>
                TypedResults.Ok(DispatchRuleSetView.From(await store.LoadAsync(cancellationToken))))
            .WithName("GetDispatchRules")
            .WithTags("Dispatch rules")
            .WithSummary("派遣规则: the ordered rules that suggest a case's department and handling limit, with their version.")
            .RequireAuthorization(p => p.RequireRole(Roles.CentreStaff))
            .Produces<DispatchRuleSetView>();
        return api;
    }
}
