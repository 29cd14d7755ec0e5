using System.Security.Claims;
using DigitalCity.Contracts;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Overflow;

/// <summary>
/// 爆桶上报 — sanitation staff report an overflowing bin (by its facility code) or place (a location and address),
/// with photos: a collection task due <see cref="OverflowOptions.Deadline"/> later (201). A bin that already has an
/// open collection task gets no second one: that task is the answer (200). A retry with the same
/// <c>Idempotency-Key</c> answers with the task the first attempt opened.
/// </summary>
public static class ReportOverflow
{
    public const int MaxDescriptionLength = 500;

    public sealed record Request(string? FacilityCode, FacilityForm.Point? Location, string? Address, string? Description, IReadOnlyList<string>? PhotoRefs);

    public static RouteGroupBuilder MapReportOverflow(this RouteGroupBuilder api)
    {
        api.MapPost("/overflow-reports", HandleAsync)
            .WithName("ReportOverflow")
            .WithTags("Overflow")
            .WithSummary("Report an overflowing bin or place with photos; opens a collection task. Send an Idempotency-Key.")
            .RequireAuthorization(p => p.RequireRole(Roles.SanitationStaff, Roles.SanitationSupervisor))
            .Produces<SanitationTaskView>(StatusCodes.Status201Created)
            .Produces<SanitationTaskView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        [FromHeader(Name = IdempotentReplay.Header)] string? idempotencyKey,
        ClaimsPrincipal user,
        OverflowTasks overflow,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var (tasks, time) = (overflow.Tasks, overflow.Time);
        var reporter = user.UserId();
        var errors = new ValidationErrors().IdempotencyKey(idempotencyKey);
        var stamp = idempotencyKey is null ? null : IdempotencyStamp.For(reporter, idempotencyKey, request);
        var idempotent = new IdempotentCreation<SanitationTask>(stamp, tasks.FindByIdempotencyKeyAsync);
        if (!errors.Any && await idempotent.EarlierAsync((earlier, s) => Replay(earlier, s, http, time), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var (code, location, address) = await PlaceAsync(request, overflow, errors, cancellationToken);
        errors.Check((request.Description?.Length ?? 0) <= MaxDescriptionLength, "description", $"'description' must be at most {MaxDescriptionLength} characters.");
        errors.Check(request.PhotoRefs is { Count: > 0 }, "photoRefs", "An overflow report comes with at least one photo.");
        errors.PhotoRefs("photoRefs", request.PhotoRefs);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var now = time.GetUtcNow();
        var description = string.IsNullOrWhiteSpace(request.Description) ? "爆桶上报: overflow reported by staff" : request.Description.Trim();
        var sighting = overflow.Sighting(TaskSource.Staff, code, location!, address!, description, request.PhotoRefs!, reporter, stamp: stamp);
        return await idempotent.SaveAsync<IResult>(async () =>
        {
            var (task, opened) = await overflow.OpenAsync(sighting, cancellationToken);
            return opened
                ? TypedResults.Created($"/api/sanitation/tasks/{task.Id}", SanitationTaskView.From(task, now))
                : TypedResults.Ok(SanitationTaskView.From(task, now));
        }, (winner, s) => Replay(winner, s, http, time), cancellationToken);
    }

    /// <summary>Exactly one of a registered bin or a location with its address.</summary>
    static async Task<(string? Code, GeoPoint? Location, string? Address)> PlaceAsync(Request request, OverflowTasks overflow, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (request.FacilityCode is not null)
        {
            errors.Check(request.Location is null && request.Address is null, "location", "Name either a facilityCode or a location with its address, not both.");
            var bin = await overflow.FindBinAsync(request.FacilityCode, "facilityCode", errors, cancellationToken);
            return (bin?.Code, bin?.Location, bin?.Address ?? bin?.Name);
        }

        errors.Check(request.Location is not null, "facilityCode", "Name the bin's facilityCode, or a location with its address.");
        errors.Coordinates("location", request.Location?.Longitude, request.Location?.Latitude);
        errors.Required("address", request.Address);
        return errors.Any ? (null, null, null) : (null, new GeoPoint(request.Location!.Longitude!.Value, request.Location.Latitude!.Value), request.Address!.Trim());
    }

    static IResult Replay(SanitationTask earlier, IdempotencyStamp stamp, HttpContext http, TimeProvider time) =>
        IdempotentReplay.Answer(earlier.RequestFingerprint, stamp, $"Task {earlier.Id}", http, () => SanitationTaskView.From(earlier, time.GetUtcNow()));
}
