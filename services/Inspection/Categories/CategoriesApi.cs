using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Categories;

/// <summary>Reading the categories: those in effect at an instant, and one category's versions.</summary>
public static class CategoriesApi
{
    /// <summary>A category's version in effect and every version it had, oldest first.</summary>
    public sealed record CategoryHistory(Category Current, IReadOnlyList<Category> Versions);

    public static RouteGroupBuilder MapListCategories(this RouteGroupBuilder api)
    {
        api.MapGet("/categories", async (DateTimeOffset? at, CategoryBookStore store, TimeProvider time, CancellationToken cancellationToken) =>
                TypedResults.Ok((await store.CatalogAsync(cancellationToken)).At(at ?? time.GetUtcNow()).ToList()))
            .WithName("ListCategories")
            .WithTags("Categories")
            .WithSummary("The categories (部件 and 事件) in effect now, or at ?at=; retired ones are listed with active=false.")
            .RequireAuthorization();

        api.MapGet("/categories/{code}", async Task<IResult> (string code, CategoryBookStore store, TimeProvider time, CancellationToken cancellationToken) =>
            {
                var catalog = await store.CatalogAsync(cancellationToken);
                var versions = catalog.History(code);
                return versions.Count == 0
                    ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No category {code}.")
                    : TypedResults.Ok(new CategoryHistory(catalog.Find(code, time.GetUtcNow()) ?? versions[0], versions));
            })
            .WithName("GetCategory")
            .WithTags("Categories")
            .WithSummary("One category: the version in effect now and every version, oldest first (future ones included).")
            .RequireAuthorization(p => p.RequireRole([.. Roles.CentreStaff, Roles.Administrator]))
            .Produces<CategoryHistory>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
