using System.Security.Claims;
using DigitalCity.Inspection.Categories;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.DispatchRules;

/// <summary>
/// Replaces the whole ordered list. The body carries the version it was read at: a list changed by
/// someone else since answers 409 instead of overwriting their change.
/// </summary>
public static class ReplaceDispatchRules
{
    /// <summary>One rule; an empty or missing list places no condition. A missing id gets a new one.</summary>
    public sealed record RuleInput(
        string? Id,
        int? Order,
        string? Name,
        IReadOnlyList<string>? CategoryCodes,
        IReadOnlyList<string>? DistrictCodes,
        IReadOnlyList<string>? GridCodes,
        IReadOnlyList<string>? Keywords,
        string? Department,
        string? HandlingLimit,
        string? UrgentLimit,
        bool? Enabled);

    /// <param name="Version">The version the list was read at (0 for the seed).</param>
    public sealed record Request(long? Version, IReadOnlyList<RuleInput>? Rules);

    public static RouteGroupBuilder MapReplaceDispatchRules(this RouteGroupBuilder api)
    {
        api.MapPut("/dispatch-rules", HandleAsync)
            .WithName("ReplaceDispatchRules")
            .WithTags("Dispatch rules")
            .WithSummary("Replace the ordered dispatch rules; send the version you read (409 when someone changed them since).")
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.ShiftLead))
            .Produces<DispatchRuleSetView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        ClaimsPrincipal user,
        IDispatchRuleStore store,
        CategoryBookStore categories,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("version", request.Version);
        if (request.Rules is null)
        {
            errors.Add("rules", "'rules' is required (an empty list removes every rule).");
        }

        var inputs = request.Rules ?? [];
        for (var i = 0; i < inputs.Count; i++)
        {
            errors.Required($"rules[{i}].order", inputs[i]?.Order);
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var rules = inputs.Select(ToRule).ToList();
        foreach (var problem in DispatchRuleValidation.Validate(rules, await categories.CatalogAsync(cancellationToken)))
        {
            errors.Add(problem.Field, problem.Message);
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var set = await store.LoadAsync(cancellationToken);
        if (set.Version != request.Version)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The dispatch rules were changed by someone else; reload and try again.",
                detail: $"You sent version {request.Version}; the current version is {set.Version}.",
                extensions: new Dictionary<string, object?> { ["currentVersion"] = set.Version });
        }

        set.Replace(rules, user.UserId(), time);
        await store.SaveAsync(set, cancellationToken);
        return TypedResults.Ok(DispatchRuleSetView.From(set));
    }

    static DispatchRule ToRule(RuleInput input) => new(
        string.IsNullOrWhiteSpace(input.Id) ? Guid.NewGuid().ToString("N") : input.Id,
        input.Order!.Value,
        input.Name ?? "",
        input.CategoryCodes ?? [],
        input.DistrictCodes ?? [],
        input.GridCodes ?? [],
        input.Keywords ?? [],
        input.Department ?? "",
        input.HandlingLimit ?? "",
        string.IsNullOrWhiteSpace(input.UrgentLimit) ? null : input.UrgentLimit,
        input.Enabled ?? true);
}
