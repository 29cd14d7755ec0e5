using System.Security.Claims;
using DigitalCity.Sanitation.Maintenance.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>
/// The two ends of a work order, each sending the version read: done (完工, by its assignee or a supervisor, with the
/// result and photos) and cancelled (撤销, by a supervisor, with the reason). A stale version or a closed order is 409;
/// another staff member's order is 404, as it is to read.
/// </summary>
public static class WorkMaintenanceOrder
{
    public sealed record CompleteRequest(long? Version, string? Result, IReadOnlyList<string>? PhotoRefs);

    public sealed record CancelRequest(long? Version, string? Reason);

    public static RouteGroupBuilder MapWorkMaintenanceOrder(this RouteGroupBuilder api)
    {
        api.MapPost("/maintenance-orders/{id:guid}/complete", CompleteAsync)
            .WithName("CompleteMaintenanceOrder")
            .WithTags("Maintenance")
            .WithSummary("Report the work done, with the result, photos and the version read (the assignee or a supervisor).")
            .RequireAuthorization(p => p.RequireRole(MaintenanceAccess.Workers))
            .Produces<MaintenanceOrderView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/maintenance-orders/{id:guid}/cancel", CancelAsync)
            .WithName("CancelMaintenanceOrder")
            .WithTags("Maintenance")
            .WithSummary("Cancel an open work order, with the reason and the version read (supervisors).")
            .RequireAuthorization(p => p.RequireRole(Roles.SanitationSupervisor))
            .Produces<MaintenanceOrderView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static Task<IResult> CompleteAsync(Guid id, CompleteRequest request, ClaimsPrincipal user, IMaintenanceOrderStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("version", request.Version).Required("result", request.Result, 2000);
        errors.PhotoRefs("photoRefs", request.PhotoRefs);
        var supervisor = user.IsInRole(Roles.SanitationSupervisor);
        return ChangeAsync(id, request.Version, errors, user, store,
            order => order.Complete(user.UserId(), supervisor, request.Result!.Trim(), request.PhotoRefs ?? [], time), cancellationToken);
    }

    static Task<IResult> CancelAsync(Guid id, CancelRequest request, ClaimsPrincipal user, IMaintenanceOrderStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("version", request.Version).Required("reason", request.Reason, 500);
        return ChangeAsync(id, request.Version, errors, user, store, order => order.Cancel(user.UserId(), request.Reason!.Trim(), time), cancellationToken);
    }

    /// <summary>
    /// Loads the order as the caller may see it (404 otherwise: staff see only their own), checks that the version is
    /// the one they read (409), then applies <paramref name="change"/> (409 naming the state when it is not allowed).
    /// </summary>
    static async Task<IResult> ChangeAsync(
        Guid id,
        long? version,
        ValidationErrors errors,
        ClaimsPrincipal user,
        IMaintenanceOrderStore store,
        Action<MaintenanceOrder> change,
        CancellationToken cancellationToken)
    {
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var order = await MaintenanceOrderQueries.FindVisibleAsync(id, user, store, cancellationToken);
        if (order is null)
        {
            return MaintenanceOrderQueries.NotFound(id);
        }

        if (order.Version != version)
        {
            throw new ConcurrencyConflictException(nameof(MaintenanceOrder), order.Id, version!.Value);
        }

        change(order);
        await store.SaveAsync(order, cancellationToken);
        return TypedResults.Ok(MaintenanceOrderView.From(order));
    }
}
