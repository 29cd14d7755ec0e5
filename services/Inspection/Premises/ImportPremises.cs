using System.Security.Claims;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Premises;

/// <summary>
/// 批量建档 — a campaign manager or administrator uploads a premises register as CSV (<see cref="PremisesCsv"/>).
/// The file is checked as a whole, every row by the rules of registering, and is either applied entirely
/// or refused with every problem under <c>rows[line].column</c>, storing nothing. A row whose credit code is
/// on file updates that file, so importing the same register again adds no second file.
/// </summary>
public static class ImportPremises
{
    public enum Outcome
    {
        Created,
        Updated,
        Unchanged,
    }

    /// <param name="Line">The row's line in the file (the header is line 1).</param>
    public sealed record RowResult(long Line, Guid PremisesId, Outcome Outcome);

    public sealed record Response(int Created, int Updated, int Unchanged, IReadOnlyList<RowResult> Rows);

    public static RouteGroupBuilder MapImportPremises(this RouteGroupBuilder api)
    {
        api.MapPost("/premises/import", HandleAsync)
            .WithName("ImportPremises")
            .WithTags("Premises")
            .WithSummary("Import a premises register from CSV: all or nothing; a row whose creditCode is on file updates that file.")
            .RequireAuthorization(p => p.RequireRole(PremisesAccess.Keepers))
            .Accepts<string>(PremisesCsv.ContentType)
            .Produces<Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    static async Task<IResult> HandleAsync(
        HttpContext http,
        ClaimsPrincipal user,
        PlaceDirectoryProvider places,
        IPremisesStore store,
        PremisesOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (http.Request.ContentType?.StartsWith(PremisesCsv.ContentType, StringComparison.OrdinalIgnoreCase) != true)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the register as CSV.",
                detail: $"Content-Type '{http.Request.ContentType}' is not accepted; use {PremisesCsv.ContentType}.");
        }

        var body = await RequestBody.ReadTextAsync(http, options.MaxImportBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The register is too large.",
                detail: $"At most {options.MaxImportBytes} bytes are accepted at once; import the register in parts, e.g. one district at a time.");
        }

        var csv = PremisesCsv.Read(body, options.MaxImportRows);
        if (csv.Problems.Count > 0)
        {
            return Refused(csv.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }));
        }

        var checkedRows = Check(csv.Rows, await places.GetAsync(cancellationToken), out var errors);
        if (errors.Any)
        {
            return Refused(errors.ToDictionary());
        }

        var codes = checkedRows.Select(r => r.Details.CreditCode).OfType<string>().ToList();
        var onFile = (await store.FindByCreditCodesAsync(codes, cancellationToken)).ToDictionary(p => p.CreditCode!, StringComparer.Ordinal);
        var results = new List<RowResult>(checkedRows.Count);
        var changed = new List<Premises>();
        foreach (var (line, details) in checkedRows)
        {
            if (details.CreditCode is { } code && onFile.TryGetValue(code, out var existing))
            {
                var updated = existing.Update(details, user.UserId(), time);
                if (updated)
                {
                    changed.Add(existing);
                }

                results.Add(new RowResult(line, existing.Id, updated ? Outcome.Updated : Outcome.Unchanged));
            }
            else
            {
                var created = Premises.Register(details, user.UserId(), time);
                changed.Add(created);
                results.Add(new RowResult(line, created.Id, Outcome.Created));
            }
        }

        try
        {
            await store.SaveAllAsync(changed, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Another registration or import took one of the file's credit codes meanwhile.",
                detail: "Nothing was stored; send the file again and its rows will update the files now on record.");
        }

        return TypedResults.Ok(new Response(
            results.Count(r => r.Outcome == Outcome.Created),
            results.Count(r => r.Outcome == Outcome.Updated),
            results.Count(r => r.Outcome == Outcome.Unchanged),
            results));
    }

    /// <summary>Every row by the rules of registering, plus one the file itself must keep: a credit code appears once.</summary>
    static List<(long Line, PremisesDetails Details)> Check(IReadOnlyList<PremisesCsv.Row> rows, PlaceDirectory directory, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        var valid = new List<(long, PremisesDetails)>(rows.Count);
        var firstLineOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var line = row.Line;
            var details = row.Form.Check(directory, errors, f => $"rows[{line}].{PremisesCsv.ColumnOf(f)}");
            if (details is null)
            {
                continue;
            }

            if (details.CreditCode is { } code && !firstLineOf.TryAdd(code, line))
            {
                errors.Add($"rows[{line}].creditCode", $"Credit code {code} is also on line {firstLineOf[code]}; a premises has one row.");
                continue;
            }

            valid.Add((line, details));
        }

        return valid;
    }

    static IResult Refused(IReadOnlyDictionary<string, string[]> errors) =>
        ImportRefusal.Problem(errors, "The register is not valid for import; nothing was stored.");
}
