using System.Security.Claims;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Premises;

/// <summary>Searches the registry by name or address, type, district, grid and gas supplier, by name, paged.</summary>
public static class SearchPremises
{
    public static RouteGroupBuilder MapSearchPremises(this RouteGroupBuilder api)
    {
        api.MapGet("/premises", HandleAsync)
            .WithName("SearchPremises")
            .WithTags("Premises")
            .WithSummary("Premises by name, filtered by q (in the name or address), type, district, grid and gasSupplier; paged (max 100).")
            .RequireAuthorization(p => p.RequireRole(PremisesAccess.Readers))
            .Produces<Page<PremisesView>>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        ClaimsPrincipal user,
        IPremisesStore store,
        string? q,
        string? type,
        string? district,
        string? grid,
        string? gasSupplier,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        PremisesType parsed = default;
        errors.Check(type is null || PremisesForm.TryParseType(type, out parsed), "type", type is null ? "" : PremisesForm.UnknownType(type));
        errors.Check(q is null || q.Trim().Length is > 0 and <= PremisesForm.MaxShortText, "q", $"'q' must be 1 to {PremisesForm.MaxShortText} characters.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var filter = new PremisesFilter(q?.Trim(), type is null ? null : parsed, district, grid, gasSupplier);
        var found = await store.SearchAsync(filter, request, cancellationToken);
        var showPhone = PremisesAccess.SeesContactPhone(user);
        return TypedResults.Ok(found.Map(p => PremisesView.From(p, showPhone)));
    }
}
