using System.Security.Claims;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Collection;

/// <summary>
/// 批量导入 — a supervisor uploads a weighbridge export or spreadsheet of loads (<see cref="CollectionCsv"/>). The file
/// is checked as a whole and stored entirely or not at all: any invalid row refuses it with every problem under
/// <c>rows[line].column</c>. A ticket already stored — the same file sent twice, or a load the weighbridge feed
/// delivered — is skipped and counted as a duplicate, never added twice.
/// </summary>
public static class ImportCollections
{
    /// <summary>Bytes per row allowed on average, to bound the body before it is parsed.</summary>
    const int BytesPerRow = 512;

    public sealed record Response(int Rows, int Imported, int Duplicates, long ImportedKg, decimal ImportedTonnes);

    public static RouteGroupBuilder MapImportCollections(this RouteGroupBuilder api)
    {
        api.MapPost("/collections/import", HandleAsync)
            .WithName("ImportCollections")
            .WithTags("Collection")
            .WithSummary("Import loads from CSV: all or nothing; a ticket already stored is skipped as a duplicate.")
            .RequireAuthorization(p => p.RequireRole(CollectionAccess.Importers))
            .Accepts<string>(CollectionCsv.ContentType)
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    static async Task<IResult> HandleAsync(HttpContext http, ClaimsPrincipal user, CollectionIntake intake, CancellationToken cancellationToken)
    {
        if (http.Request.ContentType?.StartsWith(CollectionCsv.ContentType, StringComparison.OrdinalIgnoreCase) != true)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the records as CSV.",
                detail: $"Content-Type '{http.Request.ContentType}' is not accepted; use {CollectionCsv.ContentType}.");
        }

        var maxRows = intake.Options.MaxImportRows;
        var body = await RequestBody.ReadTextAsync(http, (long)maxRows * BytesPerRow, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.",
                detail: $"At most {maxRows} rows ({(long)maxRows * BytesPerRow} bytes) are accepted at once; send the file in parts.");
        }

        var errors = new ValidationErrors();
        var rows = CollectionCsv.Read(body, maxRows, errors);
        // Every readable row is checked even when others could not be read, so one answer names every problem.
        var records = rows.Count == 0
            ? []
            : await intake.CheckAsync([.. rows.Select(r => ($"rows[{r.Line}].", r.Entry))], $"import:{user.UserId()}", user.UserId(), errors, cancellationToken);
        if (errors.Any)
        {
            return ImportRefusal.Problem(errors.ToDictionary(), "The file is not valid for import; nothing was stored.");
        }

        var outcome = await intake.StoreAsync(records, cancellationToken);
        var kg = outcome.Stored.Sum(r => r.WeightKg);
        return TypedResults.Ok(new Response(rows.Count, outcome.Stored.Count, rows.Count - outcome.Stored.Count, kg, CollectionView.Tonnes(kg)));
    }
}
