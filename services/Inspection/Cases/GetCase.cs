using System.Security.Claims;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// One case with its history. Grid officers see the cases they reported or were asked to verify or
/// re-check; departments the cases dispatched to them; centre staff see all.
/// </summary>
public static class GetCase
{
    public static RouteGroupBuilder MapGetCase(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}", HandleAsync)
            .WithName("GetCase")
            .WithTags("Cases")
            .WithSummary("A case with its history.")
            .RequireAuthorization(p => p.RequireRole([Roles.GridOfficer, Roles.DepartmentHandler, .. Roles.CentreStaff]))
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    static async Task<IResult> HandleAsync(Guid id, ClaimsPrincipal user, ICaseStore store, CancellationToken cancellationToken)
    {
        var @case = await store.FindAsync(id, cancellationToken);
        if (@case is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No case {id}.");
        }

        return @case.IsVisibleTo(user.UserId(), user.HasAnyRole(Roles.CentreStaff), DepartmentOf(user))
            ? TypedResults.Ok(CaseView.From(@case))
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This case is neither yours nor dispatched to your department.");
    }

    static string? DepartmentOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.DepartmentHandler) ? user.DepartmentCode() : null;
}
