using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Likes;

/// <summary>点赞数 — the committee or a platform feed (an external system) posts like readings for a contest's posts.</summary>
public static class RecordLikes
{
    public sealed record Request(IReadOnlyList<LikeReading>? Readings);

    public static RouteGroupBuilder MapRecordLikes(this RouteGroupBuilder api)
    {
        api.MapPost("/contests/{code}/likes", HandleAsync)
            .WithName("RecordContestLikes")
            .WithTags("Contest likes")
            .WithSummary($"Like readings (entry, platform, likes, takenAt), up to {LikeIntake.MaxBatch:N0} at a time; answers what became of each.")
            .RequireAuthorization(p => p.RequireRole(Roles.ContestCommittee, Roles.ExternalSystem))
            .Produces<LikeBatchResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(string code, Request request, LikeIntake intake, CancellationToken cancellationToken)
    {
        var readings = request.Readings ?? [];
        var errors = intake.Check(readings);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return await intake.RecordAsync(code, readings, cancellationToken) is { } result ? TypedResults.Ok(result) : ContestProblems.NoContest(code);
        }
        catch (InvalidOperationException)
        {
            return ContestProblems.ResultsLocked(code);
        }
    }
}
