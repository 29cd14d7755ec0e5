using System.Security.Claims;
using DigitalCity.Sanitation.Storage;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Tasks;

/// <summary>
/// A crew reports a task done, with its result and photos. Completing it twice, or completing a
/// cancelled task, is refused with 409; a concurrent completion loses with 409 instead of overwriting the other.
/// </summary>
public static class CompleteTask
{
    public sealed record Request(string? Result, IReadOnlyList<string>? PhotoRefs);

    public static RouteGroupBuilder MapCompleteTask(this RouteGroupBuilder api)
    {
        api.MapPost("/tasks/{id:guid}/complete", HandleAsync)
            .WithName("CompleteSanitationTask")
            .WithTags("Tasks")
            .WithSummary("Report a task done, with the result and photos.")
            .RequireAuthorization(p => p.RequireRole(Roles.SanitationStaff))
            .Produces<SanitationTaskView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(Guid id, Request request, ClaimsPrincipal user, ITaskStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("result", request.Result, 2000);
        errors.PhotoRefs("photoRefs", request.PhotoRefs);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var task = await store.FindAsync(id, cancellationToken);
        if (task is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No sanitation task {id}.");
        }

        task.Complete(user.UserId(), request.Result!.Trim(), request.PhotoRefs ?? [], time);
        await store.SaveAsync(task, cancellationToken);
        return TypedResults.Ok(SanitationTaskView.From(task, time.GetUtcNow()));
    }
}
