using System.Security.Claims;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>评委打分 — a judge gives an entry their theme impression (题材印象), 0–100; scoring again replaces their score.</summary>
public static class ScoreTheme
{
    public sealed record Request(int? Score, long? Version);

    public static RouteGroupBuilder MapScoreTheme(this RouteGroupBuilder api)
    {
        api.MapPut("/contests/{code}/entries/{id:guid}/theme-impression", HandleAsync)
            .WithName("ScoreContestEntryTheme")
            .WithTags("Contest review")
            .WithSummary("A judge's theme impression of an entry, 0–100; the entry's impression is the mean of its judges'.")
            .RequireAuthorization(p => p.RequireRole(Roles.Judge))
            .Produces<EntryView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static Task<IResult> HandleAsync(string code, Guid id, Request request, ClaimsPrincipal user, EntryChange change, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Check(request.Score is >= 0 and <= 100, "score", "'score' is a whole number from 0 to 100.");
        return errors.Any
            ? Task.FromResult(errors.ToResult())
            : change.ApplyAsync(code, id, request.Version, e => e.ScoreTheme(user.UserId(), request.Score!.Value, time), cancellationToken);
    }
}
