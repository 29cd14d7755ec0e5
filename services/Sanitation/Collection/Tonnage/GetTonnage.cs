using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Collection.Tonnage;

/// <summary>
/// The tonnage report, e.g. "21–27 January: household waste collected" —
/// <c>GET /tonnage?from=2023-01-21&amp;to=2023-01-27&amp;wasteType=Household&amp;by=district,day</c>.
/// </summary>
public static class GetTonnage
{
    public static RouteGroupBuilder MapGetTonnage(this RouteGroupBuilder api)
    {
        api.MapGet("/tonnage", HandleAsync)
            .WithName("GetTonnage")
            .WithTags("Collection")
            .WithSummary("Kilograms and tonnes collected in the city-local days from–to, broken down by any of day, wasteType, district, site, destination.")
            .RequireAuthorization(p => p.RequireRole(CollectionAccess.Readers))
            .Produces<TonnageReport>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        ICollectionStore store, DateOnly? from, DateOnly? to, string? by, WasteType? wasteType, string? district, string? site, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (first, last) = ReportPeriod.Read(from, to, errors);
        var dimensions = Dimensions(by, errors);
        errors.District(district);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var query = new TonnageQuery(first, last, dimensions, wasteType, district, site);
        return TypedResults.Ok(TonnageReport.Of(query, await store.TonnageAsync(query, cancellationToken)));
    }

    static List<TonnageDimension> Dimensions(string? by, ValidationErrors errors)
    {
        var dimensions = new List<TonnageDimension>();
        foreach (var name in (by ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<TonnageDimension>(name, ignoreCase: true, out var dimension) || !Enum.IsDefined(dimension) || name.All(char.IsAsciiDigit))
            {
                errors.Add("by", $"'{name}' is not a breakdown; use any of {string.Join(", ", Enum.GetNames<TonnageDimension>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
            }
            else if (dimensions.Contains(dimension))
            {
                errors.Add("by", $"'{name}' is named twice.");
            }
            else
            {
                dimensions.Add(dimension);
            }
        }

        return dimensions;
    }
}
