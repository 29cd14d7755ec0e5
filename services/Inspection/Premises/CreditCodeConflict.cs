using Microsoft.AspNetCore.Http;

namespace DigitalCity.Inspection.Premises;

/// <summary>A credit code is the registry's business key: a second file with the same code is refused with 409.</summary>
public static class CreditCodeConflict
{
    /// <summary>The file that holds <paramref name="code"/>, if any.</summary>
    public static async Task<Premises?> FindHolderAsync(this IPremisesStore store, string code, CancellationToken cancellationToken)
    {
        var found = await store.FindByCreditCodesAsync([code], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>409 naming the file that holds <paramref name="code"/>.</summary>
    public static IResult Problem(string code, Guid? holder) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Another premises' file has this credit code.",
            detail: $"Credit code {code} is on file{(holder is null ? "" : $" as premises {holder}")}; edit that file instead of opening another.",
            extensions: new Dictionary<string, object?> { ["creditCode"] = code, ["premisesId"] = holder });

    /// <summary>After a save met a taken unique key: 409 naming the file that now holds <paramref name="code"/>.</summary>
    public static async Task<IResult> ProblemAsync(IPremisesStore store, string code, CancellationToken cancellationToken) =>
        Problem(code, (await store.FindHolderAsync(code, cancellationToken))?.Id);
}
