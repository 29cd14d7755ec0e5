using System.Security.Claims;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.Sanitation.Maintenance.Storage;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>
/// 报修 — a supervisor opens a work order for a registered facility and assigns it to a staff member; a staff
/// member reporting a defect opens one assigned to themselves. Without a due instant the order is due by its
/// priority (<see cref="MaintenanceOptions.DueIn"/>).
/// </summary>
public static class OpenMaintenanceOrder
{
    public const int MaxDescriptionLength = 2000;

    /// <summary>Further ahead than any repair is planned; a due instant beyond it is a typing error.</summary>
    public static readonly TimeSpan MaxDueIn = TimeSpan.FromDays(366);

    public sealed record Request(
        string? FacilityCode,
        string? Description,
        IReadOnlyList<string>? PhotoRefs,
        MaintenancePriority? Priority,
        DateTimeOffset? DueAt,
        string? AssigneeId);

    public static RouteGroupBuilder MapOpenMaintenanceOrder(this RouteGroupBuilder api)
    {
        api.MapPost("/maintenance-orders", HandleAsync)
            .WithName("OpenMaintenanceOrder")
            .WithTags("Maintenance")
            .WithSummary("Open a work order for a registered facility, assigned to a staff member (staff: to themselves).")
            .RequireAuthorization(p => p.RequireRole(MaintenanceAccess.Openers))
            .Produces<MaintenanceOrderView>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        ClaimsPrincipal user,
        IFacilityStore facilities,
        IMaintenanceOrderStore store,
        MaintenanceOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var opener = user.UserId();
        var supervisor = user.IsInRole(Roles.SanitationSupervisor);
        var errors = new ValidationErrors().Required("description", request.Description, MaxDescriptionLength);
        errors.PhotoRefs("photoRefs", request.PhotoRefs);
        errors.Check(request.DueAt is null || request.DueAt > now, "dueAt", "'dueAt' must be in the future.");
        errors.Check(request.DueAt is null || request.DueAt <= now + MaxDueIn, "dueAt", $"'dueAt' must be within {MaxDueIn.TotalDays} days.");
        if (supervisor)
        {
            errors.Required("assigneeId", request.AssigneeId, 128);
        }
        else
        {
            errors.Check(request.AssigneeId is null || request.AssigneeId == opener, "assigneeId", "Staff report defects assigned to themselves; a supervisor assigns others.");
        }

        var facility = string.IsNullOrWhiteSpace(request.FacilityCode) ? null : await facilities.FindAsync(request.FacilityCode, cancellationToken);
        errors.Required("facilityCode", request.FacilityCode, 40);
        errors.Check(string.IsNullOrWhiteSpace(request.FacilityCode) || facility is not null, "facilityCode",
            $"No facility {request.FacilityCode} is registered; see GET /api/sanitation/facilities.");
        errors.Check(facility is not { Retired: true }, "facilityCode", $"{request.FacilityCode} is retired.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var priority = request.Priority ?? MaintenancePriority.Normal;
        var order = MaintenanceOrder.Open(facility!, new MaintenanceRequest(request.Description!.Trim(), request.PhotoRefs ?? [], priority,
            request.DueAt ?? now + options.DueIn[priority], supervisor ? request.AssigneeId!.Trim() : opener), opener, time);
        await store.SaveAsync(order, cancellationToken);
        return TypedResults.Created($"/api/sanitation/maintenance-orders/{order.Id}", MaintenanceOrderView.From(order));
    }
}
