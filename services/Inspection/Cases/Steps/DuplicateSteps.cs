using System.Security.Claims;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>重复上报 — the operator links a report to the open case that already carries the work.</summary>
public static class DuplicateSteps
{
    public sealed record LinkDuplicate(Guid? OriginalCaseId);

    public static RouteGroupBuilder MapDuplicateSteps(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/link-duplicate", HandleAsync)
            .WithName("LinkDuplicate")
            .WithTags("Case steps")
            .WithSummary("重复上报: close a report as a duplicate of another open case instead of filing it.")
            .RequireAuthorization(p => p.RequireRole(Roles.Operator))
            .Produces<CaseView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(Guid id, LinkDuplicate request, ClaimsPrincipal user, ICaseStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("originalCaseId", request.OriginalCaseId);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var report = await store.FindAsync(id, cancellationToken);
        var original = await store.FindAsync(request.OriginalCaseId!.Value, cancellationToken);
        if (report is null || original is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No case {(report is null ? id : request.OriginalCaseId)}.");
        }

        try
        {
            report.LinkAsDuplicateOf(original, user.UserId(), time);
        }
        catch (ArgumentException ex)
        {
            return new ValidationErrors().Add("originalCaseId", ex.Message).ToResult();
        }

        await store.SaveAsync(report, cancellationToken);
        return TypedResults.Ok(CaseView.From(report));
    }
}
