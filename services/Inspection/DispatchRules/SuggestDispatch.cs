using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>
/// 派遣建议 — which department and handling limit the rules suggest for a case, and why. The dispatcher
/// decides: the dispatch step takes any department and limit.
/// </summary>
public static class SuggestDispatch
{
    public const int MaxDescription = 2000;

    /// <param name="Urgent">The case was filed as urgent: a rule's urgent limit applies when it has one.</param>
    public sealed record Request(string? CategoryCode, string? DistrictCode, string? GridCode, string? Description, bool? Urgent);

    /// <param name="Suggestion">Null when no enabled rule matched.</param>
    /// <param name="Considered">The rules tried in order, up to and including the match.</param>
    public sealed record Response(DispatchSuggestion? Suggestion, string Explanation, IReadOnlyList<RuleVerdict> Considered, long RulesVersion);

    public static RouteGroupBuilder MapSuggestDispatch(this RouteGroupBuilder api)
    {
        api.MapPost("/dispatch-rules/suggest", HandleAsync)
            .WithName("SuggestDispatch")
            .WithTags("Dispatch rules")
            .WithSummary("The department and handling limit the first matching rule suggests for a case, with the reason; suggestion is null when none matched.")
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher))
            .Produces<Response>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(Request request, IDispatchRuleStore store, CategoryBookStore categories, CancellationToken cancellationToken)
    {
        var catalog = await categories.CatalogAsync(cancellationToken);
        var errors = Validate(request, catalog);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var set = await store.LoadAsync(cancellationToken);
        var decision = set.Decide(new DispatchQuery(
            catalog.Find(request.CategoryCode)!.Code,
            Blank(request.DistrictCode),
            Blank(request.GridCode),
            request.Description ?? "",
            request.Urgent ?? false));
        return TypedResults.Ok(new Response(decision.Suggestion, decision.Explanation, decision.Considered, set.Version));
    }

    static ValidationErrors Validate(Request request, CategoryCatalog catalog)
    {
        var errors = new ValidationErrors().Required("categoryCode", request.CategoryCode, 16);
        if (!errors.Any && catalog.Find(request.CategoryCode) is null)
        {
            errors.Add("categoryCode", $"'{request.CategoryCode}' is not a known category.");
        }

        var district = Blank(request.DistrictCode);
        var grid = Blank(request.GridCode);
        errors.Check(district is null || (district.Length == 6 && district.All(char.IsAsciiDigit)), "districtCode", "A district code is six digits, e.g. 410811.");
        errors.Check(grid is null || (grid.Length is 14 or 15 && grid.All(char.IsAsciiDigit)), "gridCode", "A grid code is 14 or 15 digits.");
        errors.Check(district is null || grid is null || grid.StartsWith(district, StringComparison.Ordinal), "gridCode", "The grid code does not lie in the district given.");
        return errors.Check((request.Description?.Length ?? 0) <= MaxDescription, "description", $"'description' must be at most {MaxDescription} characters.");
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
