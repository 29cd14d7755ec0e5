using System.Security.Claims;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 网格导入 — an administrator uploads unit grids as a GeoJSON FeatureCollection. The file is checked as a
/// whole, against itself (400: JSON, geometry, codes) and then against the directory (422: districts,
/// parents), and is either applied entirely — stored with its <c>GridsImported</c> event and made the live
/// directory — or refused with every problem at its JSON path, leaving the directory as it was. A grid
/// whose code exists is replaced. Two imports at once: the later one answers 409 and may simply be retried.
/// </summary>
public static class ImportGrids
{
    /// <param name="ImportNumber">The import's number in the city's sequence of imports.</param>
    /// <param name="CreatedCodes">Grids new to the directory.</param>
    /// <param name="ReplacedCodes">Grids whose earlier name and boundary this import replaced.</param>
    public sealed record Response(
        long ImportNumber,
        int Created,
        int Replaced,
        int StreetsCreated,
        int CommunitiesCreated,
        IReadOnlyList<string> CreatedCodes,
        IReadOnlyList<string> ReplacedCodes);

    public static RouteGroupBuilder MapImportGrids(this RouteGroupBuilder api)
    {
        api.MapPost("/places/grids/import", HandleAsync)
            .WithName("ImportGrids").WithTags("Places")
            .WithSummary("Import unit grids from a GeoJSON FeatureCollection (administrator): all or nothing; existing codes are replaced.")
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator))
            .Accepts<object>(GridGeoJsonView.ContentType, "application/json")
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        HttpContext http,
        ClaimsPrincipal user,
        PlaceDirectoryProvider places,
        IGridImportStore store,
        PlacesOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!IsJson(http.Request.ContentType))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the grids as GeoJSON.",
                detail: $"Content-Type '{http.Request.ContentType}' is not accepted; use {GridGeoJsonView.ContentType} or application/json.");
        }

        var body = await RequestBody.ReadTextAsync(http, options.MaxImportBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The grid file is too large.",
                detail: $"At most {options.MaxImportBytes} bytes are accepted at once; import the layer in parts, e.g. one district at a time.");
        }

        // Validate against the newest directory, including imports other replicas saved since the last reload.
        await places.ReloadIfChangedAsync(cancellationToken);
        var current = await places.GetSnapshotAsync(cancellationToken);
        var features = GridGeoJsonImporter.ImportFeatures(body, current.Directory.Profile, options.MaxImportFeatures);
        if (!features.Succeeded)
        {
            return GeoJsonProblem.For(features.Errors, StatusCodes.Status400BadRequest, "The grid file is not valid for import.");
        }

        var plan = GridImportPlanner.Plan(current.Directory, features.Value);
        if (!plan.Succeeded)
        {
            return GeoJsonProblem.For(plan.Errors, StatusCodes.Status422UnprocessableEntity, "The grids do not fit the place directory.");
        }

        var import = GridImport.Record(current.ImportNumber + 1, plan.Value, user.UserId(), time);
        try
        {
            await store.SaveAsync(import, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Another grid import was saved at the same time.",
                detail: $"Import {import.Number} was taken by another import; send the file again to check it against the new directory.");
        }

        places.Publish(plan.Value.Directory, import.Number);
        return TypedResults.Ok(new Response(
            import.Number,
            import.Created.Count,
            import.Replaced.Count,
            plan.Value.StreetsCreated,
            plan.Value.CommunitiesCreated,
            import.Created,
            import.Replaced));
    }

    static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith(GridGeoJsonView.ContentType, StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase));
}
