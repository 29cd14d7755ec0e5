using System.Security.Claims;
using System.Text.RegularExpressions;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.ServiceDefaults.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns.Checklists;

/// <summary>
/// Adds the next version of a checklist template (a new code starts at 1). The body names the version it
/// was read at (0 for a new code), so someone else's edit since answers 409. Campaigns already planned
/// keep the version they were planned with.
/// </summary>
public static partial class PutChecklist
{
    public const int MaxItems = 50;

    public sealed record Request(int? Version, string? Name, InspectionType? InspectionType, IReadOnlyList<ItemInput>? Items);

    public sealed record ItemInput(string? Code, string? Text, HazardSeverity? Severity, string? LegalBasis);

    public static RouteGroupBuilder MapPutChecklist(this RouteGroupBuilder api)
    {
        api.MapPut("/checklists/{code}", HandleAsync)
            .WithName("PutChecklist")
            .WithTags("Checklists")
            .WithSummary("Add the next version of a checklist template; send the version you read (0 for a new code).")
            .RequireAuthorization(p => p.RequireRole(CampaignRoles.ChecklistEditors))
            .Produces<ChecklistTemplate>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(string code, Request request, ClaimsPrincipal user, SingletonAggregateStore<ChecklistBook> store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = Validate(code, request);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var book = await store.LoadAsync(cancellationToken);
        var latest = book.Find(code)?.Version ?? 0;
        if (latest != request.Version)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: $"Checklist {code} was changed by someone else; reload it and try again.",
                detail: $"You sent version {request.Version}; the latest version is {latest}.",
                extensions: new Dictionary<string, object?> { ["currentVersion"] = latest });
        }

        var items = request.Items!.Select(i => new ChecklistItem(i.Code!.Trim(), i.Text!.Trim(), i.Severity!.Value, i.LegalBasis?.Trim() ?? "")).ToList();
        var added = book.AddVersion(code, request.Name!.Trim(), request.InspectionType!.Value, items, user.UserId(), time);
        await store.SaveAsync(book, cancellationToken);
        return TypedResults.Ok(added);
    }

    static ValidationErrors Validate(string code, Request request)
    {
        var errors = new ValidationErrors();
        errors.Check(CodePattern().IsMatch(code), "code", "A checklist code is 2 to 40 lower-case letters, digits and hyphens.");
        errors.Required("version", request.Version);
        errors.Required("name", request.Name, 100);
        errors.Required("inspectionType", request.InspectionType);
        var items = request.Items ?? [];
        errors.Check(items.Count is > 0 and <= MaxItems, "items", $"A checklist has 1 to {MaxItems} items.");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            errors.Check(item.Code is not null && CodePattern().IsMatch(item.Code), $"items[{i}].code", "An item code is 2 to 40 lower-case letters, digits and hyphens.");
            errors.Required($"items[{i}].text", item.Text, 200);
            errors.Required($"items[{i}].severity", item.Severity);
            errors.Check((item.LegalBasis?.Length ?? 0) <= 200, $"items[{i}].legalBasis", "'legalBasis' must be at most 200 characters.");
        }

        foreach (var duplicate in items.GroupBy(i => i.Code, StringComparer.Ordinal).Where(g => g.Key is not null && g.Count() > 1))
        {
            errors.Add("items", $"Item code '{duplicate.Key}' appears more than once.");
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
