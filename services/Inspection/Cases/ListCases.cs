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
        api.MapGet("/cases/counts", CountAsync)
            .WithName("CountCases")
            .WithTags("Cases")
            .WithSummary("Dashboard counts (by state, yellow, red, unassigned, supervised), with the list's filters.")
            .RequireAuthorization(p => p.RequireRole(Roles.CentreStaff))
            .Produces<CaseCounts>();

        api.MapGet("/cases", HandleAsync)
            .WithName("ListCases")
            .WithTags("Cases")
            .WithSummary("Cases newest first, filtered by status, category, district, grid, unassigned and period [from, before); grid officers see their own reports, departments the cases dispatched to them.")
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
        string? category,
        string? district,
        string? grid,
        bool? unassigned,
        DeadlineAlert? alert,
        DateTimeOffset? from,
        DateTimeOffset? before,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        errors.Check(from is null || before is null || from < before, "from", "'from' must be before 'before'.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var scope = user.HasAnyRole(Roles.CentreStaff) ? new CaseFilter(ReportedBy: reportedBy)
            : user.IsInRole(Roles.DepartmentHandler) ? new CaseFilter(Department: user.DepartmentCode() ?? "(none)")
            : new CaseFilter(ReportedBy: user.UserId());
        var filter = scope with
        {
            Status = status,
            CategoryCode = category,
            DistrictCode = district,
            GridCode = grid,
            Unassigned = unassigned,
            ReportedFrom = from,
            ReportedBefore = before,
            Alert = alert,
        };
        var result = await store.ListAsync(filter, request, cancellationToken);
        return TypedResults.Ok(result.Map(CaseView.From));
    }

    static async Task<IResult> CountAsync(ICaseStore store, string? category, string? district, string? grid, string? department, DateTimeOffset? from, DateTimeOffset? before, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.CountAsync(
            new CaseFilter(Department: department, CategoryCode: category, DistrictCode: district, GridCode: grid, ReportedFrom: from, ReportedBefore: before),
            cancellationToken));
}
