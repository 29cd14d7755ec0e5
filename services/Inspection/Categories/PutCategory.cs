using System.Security.Claims;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Categories;

/// <summary>
/// An administrator adds a version of a category — a new 小类, an edit of its names, conditions,
/// department or limits, or its retirement — in effect from <c>effectiveFrom</c> (now when absent).
/// The body names the version it was read at (0 for a new code): someone else's edit since answers 409.
/// </summary>
public static class PutCategory
{
    public sealed record Request(
        int? Version,
        string? MajorName,
        string? Name,
        string? Department,
        string? FilingCondition,
        string? ClosingCondition,
        string? HandlingLimit,
        string? UrgentLimit,
        bool? Active,
        DateTimeOffset? EffectiveFrom);

    public static RouteGroupBuilder MapPutCategory(this RouteGroupBuilder api)
    {
        api.MapPut("/categories/{code}", HandleAsync)
            .WithName("PutCategory")
            .WithTags("Categories")
            .WithSummary("Add a version of a category (new, edited or retired), in effect from effectiveFrom; send the version you read (0 for a new code).")
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .Produces<Category>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(string code, Request request, ClaimsPrincipal user, CategoryBookStore store, DeadlineCalculator deadlines, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = CategoryValidation.Validate(code, request, deadlines.Calendar);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var book = await store.LoadAsync(cancellationToken);
        var latest = book.Catalog().Find(code);
        if ((latest?.Version ?? 0) != request.Version)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: $"Category {code} was changed by someone else; reload it and try again.",
                detail: $"You sent version {request.Version}; the latest version is {latest?.Version ?? 0}.",
                extensions: new Dictionary<string, object?> { ["currentVersion"] = latest?.Version ?? 0 });
        }

        var draft = new Category(
            code.ToUpperInvariant(),
            CategoryValidation.KindOf(code),
            request.MajorName!.Trim(),
            request.Name!.Trim(),
            request.Department!.Trim(),
            Blank(request.FilingCondition),
            Blank(request.ClosingCondition),
            Blank(request.HandlingLimit),
            Blank(request.UrgentLimit),
            Active: request.Active ?? true);
        try
        {
            var added = book.AddVersion(draft, request.EffectiveFrom, user.UserId(), time);
            await store.SaveAsync(book, cancellationToken);
            return TypedResults.Ok(added);
        }
        catch (ArgumentException ex) when (ex.ParamName == "effectiveFrom")
        {
            return new ValidationErrors().Add("effectiveFrom", ex.Message).ToResult();
        }
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
