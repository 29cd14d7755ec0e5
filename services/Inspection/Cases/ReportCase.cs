using System.Security.Claims;
using DigitalCity.Contracts;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Places;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 上报 — a grid officer reports an incident from the street. A retry with the same
/// <c>Idempotency-Key</c> returns the case the first attempt created instead of a second case. The answer
/// lists open cases of the same category reported nearby and recently as likely duplicates.
/// </summary>
public static class ReportCase
{
    public const string IdempotencyHeader = IdempotentReplay.Header;
    public const string ReplayedHeader = IdempotentReplay.ReplayedHeader;

    public sealed record Request(string? CategoryCode, LocationInput? Location, string? Address, string? Description, IReadOnlyList<string>? PhotoRefs);

    public sealed record LocationInput(double? Longitude, double? Latitude);

    public static RouteGroupBuilder MapReportCase(this RouteGroupBuilder api)
    {
        api.MapPost("/cases", HandleAsync)
            .WithName("ReportCase")
            .WithTags("Cases")
            .WithSummary("Report an incident (上报). Send an Idempotency-Key so a retry never creates a second case.")
            .RequireAuthorization(p => p.RequireRole(Roles.GridOfficer))
            .Produces<CaseView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        CategoryBookStore categories,
        PlaceDirectoryProvider places,
        DuplicateOptions duplicates,
        ICaseStore store,
        TimeProvider time,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = Validate(request, idempotencyKey, await categories.CatalogAsync(cancellationToken), time.GetUtcNow(), out var category);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var reporter = user.UserId();
        var report = new CaseReport(
            new GeoPoint(request.Location!.Longitude!.Value, request.Location.Latitude!.Value),
            request.Address!.Trim(),
            request.Description!.Trim(),
            request.PhotoRefs ?? []);
        var stamp = idempotencyKey is null ? null : IdempotencyStamp.For(reporter, idempotencyKey, request);

        if (stamp is not null && await store.FindByIdempotencyKeyAsync(stamp.ScopedKey, cancellationToken) is { } earlier)
        {
            return Replay(earlier, stamp, http);
        }

        var directory = await places.GetAsync(cancellationToken);
        var place = directory.Assign(report.Location) is { } assignment ? CasePlace.From(assignment) : null;
        var @case = Case.Report(report, category!, reporter, stamp, time, place);
        try
        {
            await store.SaveAsync(@case, cancellationToken);
        }
        catch (DuplicateKeyException) when (stamp is not null)
        {
            // A concurrent retry with the same key won the race: answer with its case.
            var winner = await store.FindByIdempotencyKeyAsync(stamp.ScopedKey, cancellationToken);
            return Replay(winner!, stamp, http);
        }

        var nearby = await store.FindNearbyOpenAsync(@case.CategoryCode, @case.Location, duplicates.RadiusMeters, @case.ReportedAt - duplicates.Window, cancellationToken);
        return TypedResults.Created($"/api/inspection/cases/{@case.Id}",
            CaseView.From(@case) with { LikelyDuplicates = [.. nearby.Where(c => c.Id != @case.Id)] });
    }

    static IResult Replay(Case earlier, IdempotencyStamp stamp, HttpContext http) =>
        IdempotentReplay.Answer(earlier.RequestFingerprint, stamp, $"Case {earlier.Number}", http, () => CaseView.From(earlier));

    static ValidationErrors Validate(Request request, string? idempotencyKey, CategoryCatalog categories, DateTimeOffset now, out Category? category)
    {
        var errors = new ValidationErrors();
        category = categories.Find(request.CategoryCode, now);
        if (string.IsNullOrWhiteSpace(request.CategoryCode))
        {
            errors.Add("categoryCode", "'categoryCode' is required.");
        }
        else if (category is null)
        {
            errors.Add("categoryCode", $"'{request.CategoryCode}' is not a known category code; see GET /api/inspection/categories.");
        }
        else if (!category.Active)
        {
            errors.Add("categoryCode", $"Category {category.Code} ({category.Name}) is retired; report under a category in effect, see GET /api/inspection/categories.");
        }

        if (request.Location is null)
        {
            errors.Add("location", "'location' is required.");
        }
        else
        {
            errors.Coordinates("location", request.Location.Longitude, request.Location.Latitude);
        }

        errors.Required("address", request.Address, 200);
        errors.Required("description", request.Description, 2000);
        errors.PhotoRefs("photoRefs", request.PhotoRefs);
        errors.IdempotencyKey(idempotencyKey);
        return errors;
    }
}
