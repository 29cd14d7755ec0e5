using System.Security.Claims;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Maintenance.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>Reading work orders: staff see those assigned to them; supervisors, administrators and the centres' staff see all.</summary>
public static class MaintenanceOrderQueries
{
    public static RouteGroupBuilder MapMaintenanceOrderQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/maintenance-orders", ListAsync)
            .WithName("ListMaintenanceOrders")
            .WithTags("Maintenance")
            .WithSummary("Work orders soonest due first, by status, facility, district and overdue (staff: their own).")
            .RequireAuthorization(p => p.RequireRole(MaintenanceAccess.Readers))
            .Produces<Page<MaintenanceOrderView>>()
            .ProducesValidationProblem();

        api.MapGet("/maintenance-orders/{id:guid}", GetAsync)
            .WithName("GetMaintenanceOrder")
            .WithTags("Maintenance")
            .WithSummary("One work order.")
            .RequireAuthorization(p => p.RequireRole(MaintenanceAccess.Readers))
            .Produces<MaintenanceOrderView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static IResult NotFound(Guid id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No maintenance order {id}.");

    /// <summary>The order, or null when there is none or it is another staff member's.</summary>
    public static async Task<MaintenanceOrder?> FindVisibleAsync(Guid id, ClaimsPrincipal user, IMaintenanceOrderStore store, CancellationToken cancellationToken)
    {
        var order = await store.FindAsync(id, cancellationToken);
        return order is not null && (MaintenanceAccess.SeesAll(user) || order.AssigneeId == user.UserId()) ? order : null;
    }

    static async Task<IResult> ListAsync(
        IMaintenanceOrderStore store,
        ClaimsPrincipal user,
        MaintenanceStatus? status,
        string? facility,
        string? district,
        bool? overdue,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        errors.District(district);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var assignee = MaintenanceAccess.SeesAll(user) ? null : user.UserId();
        var result = await store.ListAsync(new MaintenanceFilter(status, facility, district, overdue, assignee), request, cancellationToken);
        return TypedResults.Ok(result.Map(MaintenanceOrderView.From));
    }

    static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, IMaintenanceOrderStore store, CancellationToken cancellationToken) =>
        await FindVisibleAsync(id, user, store, cancellationToken) is { } order ? TypedResults.Ok(MaintenanceOrderView.From(order)) : NotFound(id);
}
