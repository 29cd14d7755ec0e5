using System.Security.Claims;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases;

/// <summary>Cases newest first, paged. A grid officer's list holds their own reports; a department's, the cases dispatched to it.</summary>
public static class ListCases
{
    public static RouteGroupBuilder MapListCases(this RouteGroupBuilder api)
    {
        api.MapGet("/cases", HandleAsync)
            .WithName("ListCases")
            .WithTags("Cases")
            .WithSummary("Cases newest first; grid officers see their own reports, departments the cases dispatched to them.")
            .RequireAuthorization(p => p.RequireRole([Roles.GridOfficer, Roles.DepartmentHandler, .. Roles.CentreStaff]))
            .Produces<Page<CaseView>>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        ICaseStore store,
        CaseStatus? status,
        string? reportedBy,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var filter = user.HasAnyRole(Roles.CentreStaff) ? new CaseFilter(reportedBy, status)
            : user.IsInRole(Roles.DepartmentHandler) ? new CaseFilter(null, status, user.FindFirst(DigitalCityClaims.Department)?.Value ?? "(none)")
            : new CaseFilter(user.UserId(), status);
        var result = await store.ListAsync(filter, request, cancellationToken);
        return TypedResults.Ok(result.Map(CaseView.From));
    }
}
