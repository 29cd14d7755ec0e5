using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Categories;

public static class CategoriesApi
{
    public static RouteGroupBuilder MapCategories(this RouteGroupBuilder api)
    {
        api.MapGet("/categories", (CategoryCatalog catalog) => TypedResults.Ok(catalog.All))
            .WithName("ListCategories")
            .WithTags("Categories")
            .WithSummary("The categories cases are reported under (部件 and 事件).")
            .RequireAuthorization();
        return api;
    }
}
