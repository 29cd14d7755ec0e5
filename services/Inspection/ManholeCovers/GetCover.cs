using DigitalCity.Inspection.ManholeCovers.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>One well's file with its defects and their repairs.</summary>
public static class GetCover
{
    public static RouteGroupBuilder MapGetCover(this RouteGroupBuilder api)
    {
        api.MapGet("/manhole-covers/{code}", HandleAsync)
            .WithName("GetManholeCover")
            .WithTags("Manhole covers")
            .WithSummary("A manhole cover's file with its defects and their repairs.")
            .RequireAuthorization(p => p.RequireRole(ManholeRoles.Readers))
            .Produces<CoverView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> HandleAsync(string code, IManholeCoverStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(code, cancellationToken) is { } cover ? TypedResults.Ok(CoverView.From(cover)) : NotFound(code);

    internal static IResult NotFound(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No manhole cover {code} on file.");
}
