using System.Security.Claims;
using DigitalCity.Inspection.ManholeCovers.Storage;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 批量建档 — the registry in bulk: a JSON array of cover files, all or nothing. Every element is checked
/// first, codes against each other and against the registry; any problem refuses the whole import with a
/// 400 naming the element (<c>[3].code</c>), so a corrected file can simply be sent again.
/// </summary>
public static class ImportCovers
{
    /// <summary>Per request: a district's registry arrives in a few such batches; one batch stays one short transaction.</summary>
    public const int MaxCovers = 1000;

    public sealed record Result(int Imported, IReadOnlyList<string> Codes);

    public static RouteGroupBuilder MapImportCovers(this RouteGroupBuilder api)
    {
        api.MapPost("/manhole-covers/import", HandleAsync)
            .WithName("ImportManholeCovers")
            .WithTags("Manhole covers")
            .WithSummary($"Put up to {MaxCovers} manhole covers on file at once, all or nothing; problems name the element by index.")
            .RequireAuthorization(p => p.RequireRole(ManholeRoles.Registrars))
            .Produces<Result>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(
        IReadOnlyList<CoverInput?> request, ClaimsPrincipal user, PlaceDirectoryProvider places, IManholeCoverStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.Count is 0 or > MaxCovers)
        {
            return errors.Add("$", $"Send between 1 and {MaxCovers} covers.").ToResult();
        }

        var directory = await places.GetAsync(cancellationToken);
        var registrations = request.Select((input, i) => input is null
            ? Missing(errors, i)
            : CoverValidation.Validate(input, $"[{i}].", directory, errors)).ToList();
        var codes = registrations.Select(r => r?.Code.Value).ToList();
        var existing = (await store.FindExistingCodesAsync([.. codes.OfType<string>().Distinct(StringComparer.Ordinal)], cancellationToken)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] is not { } code)
            {
                continue;
            }

            errors.Check(!existing.Contains(code), $"[{i}].code", $"Cover {code} is already on file.");
            var first = codes.IndexOf(code);
            errors.Check(first == i, $"[{i}].code", $"Cover {code} appears already at [{first}].");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var by = user.UserId();
        var covers = registrations.Select(r => ManholeCover.Register(r!, by, time)).ToList();
        try
        {
            await store.InsertAllAsync(covers, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // A registration of one of these codes won a race with the import after the check above.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A cover of this import was registered meanwhile; send the import again to see which.");
        }

        return TypedResults.Created("/api/inspection/manhole-covers", new Result(covers.Count, [.. covers.Select(c => c.Code)]));
    }

    static CoverRegistration? Missing(ValidationErrors errors, int index)
    {
        errors.Add($"[{index}]", "Each element is a cover's file, not null.");
        return null;
    }
}
