using DigitalCity.Sanitation.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Tasks;

/// <summary>Listing and reading tasks: sanitation staff and the centres' staff.</summary>
public static class TasksApi
{
    static readonly string[] Readers = [Roles.SanitationStaff, Roles.SanitationSupervisor, .. Roles.CentreStaff];

    public static RouteGroupBuilder MapTaskQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/tasks", ListAsync)
            .WithName("ListSanitationTasks")
            .WithTags("Tasks")
            .WithSummary("Tasks oldest first, optionally by status (Open, Completed, Cancelled), source (Case, Sensor, Staff), kind (General, Collection), facility and the case a task came from.")
            .RequireAuthorization(p => p.RequireRole(Readers))
            .Produces<Page<SanitationTaskView>>()
            .ProducesValidationProblem();

        api.MapGet("/tasks/{id:guid}", GetAsync)
            .WithName("GetSanitationTask")
            .WithTags("Tasks")
            .WithSummary("One task.")
            .RequireAuthorization(p => p.RequireRole(Readers))
            .Produces<SanitationTaskView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> ListAsync(
        ITaskStore store,
        SanitationTaskStatus? status,
        TaskSource? source,
        TaskKind? kind,
        string? facility,
        Guid? caseId,
        int? page,
        int? pageSize,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var result = await store.ListAsync(new TaskFilter(status, source, kind, facility, caseId), request, cancellationToken);
        var now = time.GetUtcNow();
        return TypedResults.Ok(result.Map(t => SanitationTaskView.From(t, now)));
    }

    static async Task<IResult> GetAsync(Guid id, ITaskStore store, TimeProvider time, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } task
            ? TypedResults.Ok(SanitationTaskView.From(task, time.GetUtcNow()))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No sanitation task {id}.");
}
