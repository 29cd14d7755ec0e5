using Microsoft.AspNetCore.Http;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// GeoJSON errors as an RFC 9457 validation problem: <c>errors</c> keyed by JSON path (the field), and
/// <c>problems</c> listing each error with the index of its feature, in the order found.
/// </summary>
internal static class GeoJsonProblem
{
    public sealed record Problem(string Path, int? FeatureIndex, string Message);

    public static IResult For(IReadOnlyList<GeoJsonError> errors, int status, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(
            errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal))
        {
            Status = status,
            Title = title,
            Detail = $"{errors.Count} problem{(errors.Count == 1 ? "" : "s")} found; nothing was imported.",
            Extensions = { ["problems"] = errors.Select(e => new Problem(e.Path, e.FeatureIndex, e.Message)).ToList() },
        });
}
