using DigitalCity.Contracts;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Places;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// 案件受理入口 — the one path by which a report becomes a case, whoever sends it: a grid officer through
/// <see cref="ReportCase"/> or a 311 app through Open311. It validates the report against the category in
/// effect, answers an idempotent retry with the case the first attempt created, places the point in its
/// grid, saves the case (raising <c>CaseReported</c>) and finds likely duplicates nearby.
/// </summary>
public sealed class CaseIntake(CategoryBookStore categories, PlaceDirectoryProvider places, DuplicateOptions duplicates, ICaseStore store, TimeProvider time)
{
    public async Task<IntakeOutcome> ReportAsync(ReportCase.Request request, string reporter, string? idempotencyKey, ReportFields fields, CancellationToken cancellationToken)
    {
        var errors = Validate(request, idempotencyKey, fields, await categories.CatalogAsync(cancellationToken), time.GetUtcNow(), out var category);
        if (errors.Any)
        {
            return new IntakeOutcome.Invalid(errors);
        }

        var report = new CaseReport(
            new GeoPoint(request.Location!.Longitude!.Value, request.Location.Latitude!.Value),
            request.Address!.Trim(),
            request.Description!.Trim(),
            request.PhotoRefs ?? []);
        var stamp = idempotencyKey is null ? null : IdempotencyStamp.For(reporter, idempotencyKey, request);

        var idempotent = new IdempotentCreation<Case>(stamp, store.FindByIdempotencyKeyAsync);
        if (await idempotent.EarlierAsync<IntakeOutcome>((earlier, s) => new IntakeOutcome.Replayed(earlier, s), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var directory = await places.GetAsync(cancellationToken);
        var place = directory.Assign(report.Location) is { } assignment ? CasePlace.From(assignment) : null;
        var @case = Case.Report(report, category!, reporter, stamp, time, place);
        return await idempotent.SaveAsync<IntakeOutcome>(async () =>
        {
            await store.SaveAsync(@case, cancellationToken);
            var nearby = await store.FindNearbyOpenAsync(@case.CategoryCode, @case.Location, duplicates.RadiusMeters, @case.ReportedAt - duplicates.Window, cancellationToken);
            return new IntakeOutcome.Created(@case, [.. nearby.Where(c => c.Id != @case.Id)]);
        }, (winner, s) => new IntakeOutcome.Replayed(winner, s), cancellationToken);
    }

    static ValidationErrors Validate(ReportCase.Request request, string? idempotencyKey, ReportFields fields, CategoryCatalog categories, DateTimeOffset now, out Category? category)
    {
        var errors = new ValidationErrors();
        category = categories.Find(request.CategoryCode, now);
        if (string.IsNullOrWhiteSpace(request.CategoryCode))
        {
            errors.Add(fields.Category, $"'{fields.Category}' is required.");
        }
        else if (category is null)
        {
            errors.Add(fields.Category, $"'{request.CategoryCode}' is not a known category code; see {fields.CategoryList}.");
        }
        else if (!category.Active)
        {
            errors.Add(fields.Category, $"Category {category.Code} ({category.Name}) is retired; report under a category in effect, see {fields.CategoryList}.");
        }

        if (request.Location is null)
        {
            errors.Add(fields.Location, $"'{fields.Location}' is required.");
        }
        else
        {
            errors.Coordinates(fields.Longitude, fields.Latitude, request.Location.Longitude, request.Location.Latitude);
        }

        errors.Required(fields.Address, request.Address, 200);
        errors.Required(fields.Description, request.Description, 2000);
        errors.PhotoRefs(fields.PhotoRefs, request.PhotoRefs);
        errors.IdempotencyKey(idempotencyKey);
        return errors;
    }
}

/// <summary>What became of a report handed to <see cref="CaseIntake"/>.</summary>
public abstract record IntakeOutcome
{
    /// <summary>The report was refused; nothing was stored.</summary>
    public sealed record Invalid(ValidationErrors Errors) : IntakeOutcome;

    /// <summary>A retry with a key already used: the case the first attempt created.</summary>
    public sealed record Replayed(Case Earlier, IdempotencyStamp Stamp) : IntakeOutcome;

    /// <summary>A new case, with open cases of its category reported nearby and recently.</summary>
    public sealed record Created(Case Case, IReadOnlyList<DuplicateCandidate> LikelyDuplicates) : IntakeOutcome;
}

/// <summary>How the sender's API names the report's fields, so validation messages speak its language.</summary>
public sealed record ReportFields(
    string Category,
    string Location,
    string Longitude,
    string Latitude,
    string Address,
    string Description,
    string PhotoRefs,
    string CategoryList)
{
    /// <summary>The inspection API's JSON body (<see cref="ReportCase.Request"/>).</summary>
    public static readonly ReportFields Api = new(
        "categoryCode", "location", "location.longitude", "location.latitude", "address", "description", "photoRefs", "GET /api/inspection/categories");
}
