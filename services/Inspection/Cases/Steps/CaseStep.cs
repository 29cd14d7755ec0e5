using System.Security.Claims;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases.Steps;

/// <summary>
/// One step of the closed loop as an endpoint, <c>POST /api/inspection/cases/{id}/{step}</c>: validate
/// the body, load the case, let the aggregate apply the step (it refuses a wrong state with 409 and a
/// person or department not named on the case with 403), save it with its event, answer the case.
/// The role check is the endpoint's policy; the steps themselves are in the files beside this one.
/// </summary>
public static class CaseStep
{
    public static RouteHandlerBuilder MapStep<TRequest>(
        this RouteGroupBuilder api,
        string step,
        string name,
        string summary,
        IReadOnlyList<string> roles,
        Func<TRequest, ValidationErrors> validate,
        Action<StepContext, TRequest> apply)
        where TRequest : class =>
        Describe(api.MapPost($"/cases/{{id:guid}}/{step}",
            (Guid id, TRequest request, ClaimsPrincipal user, ICaseStore store, TimeProvider time, StepLimits limits, CancellationToken cancellationToken) =>
            {
                var errors = validate(request);
                return errors.Any
                    ? Task.FromResult(errors.ToResult())
                    : ExecuteAsync(id, user, store, time, limits, context => apply(context, request), cancellationToken);
            }), name, summary, roles);

    /// <summary>A step that needs no body (close, resume, approve).</summary>
    public static RouteHandlerBuilder MapStep(
        this RouteGroupBuilder api,
        string step,
        string name,
        string summary,
        IReadOnlyList<string> roles,
        Action<StepContext> apply) =>
        Describe(api.MapPost($"/cases/{{id:guid}}/{step}",
            (Guid id, ClaimsPrincipal user, ICaseStore store, TimeProvider time, StepLimits limits, CancellationToken cancellationToken) =>
                ExecuteAsync(id, user, store, time, limits, apply, cancellationToken)), name, summary, roles);

    static async Task<IResult> ExecuteAsync(
        Guid id, ClaimsPrincipal user, ICaseStore store, TimeProvider time, StepLimits limits, Action<StepContext> apply, CancellationToken cancellationToken)
    {
        var @case = await store.FindAsync(id, cancellationToken);
        if (@case is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No case {id}.");
        }

        try
        {
            apply(new StepContext(@case, user, time, limits));
        }
        catch (ArgumentException ex)
        {
            return new ValidationErrors().Add(ex.ParamName ?? "$", ex.Message).ToResult();
        }

        await store.SaveAsync(@case, cancellationToken);
        return TypedResults.Ok(CaseView.From(@case));
    }

    static RouteHandlerBuilder Describe(RouteHandlerBuilder endpoint, string name, string summary, IReadOnlyList<string> roles) =>
        endpoint
            .WithName(name)
            .WithTags("Case steps")
            .WithSummary(summary)
            .RequireAuthorization(p => p.RequireRole(roles))
            .Produces<CaseView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>What a step sees: the case, who acts, the clock, and the step limits with their calendar.</summary>
public sealed record StepContext(Case Case, ClaimsPrincipal User, TimeProvider Time, StepLimits Limits)
{
    public DeadlineCalculator Deadlines => Limits.Calculator;

    public string UserId => User.UserId();

    /// <summary>The acting department, from the token's <c>department</c> claim.</summary>
    public string Department => User.DepartmentCode()
        ?? throw new AccessDeniedException("The token names no department.");

    public bool IsIn(string role) => User.IsInRole(role);
}
