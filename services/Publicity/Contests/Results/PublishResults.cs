using System.Security.Claims;
using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Results;

/// <summary>
/// 评奖 — once counting has frozen at the contest's end, the committee locks the result: the ranking of the approved
/// entries at that moment, the tiers down it (vacant places listed when there are fewer entries than places), and
/// <c>ContestResultsPublished</c>. It is done once; entries, scores and likes are closed to change from then on.
/// </summary>
public static class PublishResults
{
    public static RouteGroupBuilder MapPublishResults(this RouteGroupBuilder api)
    {
        api.MapPost("/contests/{code}/results", HandleAsync)
            .WithName("PublishContestResults")
            .WithTags("Contest results")
            .WithSummary("Lock the contest's result after it has ended and publish it (ContestResultsPublished).")
            .RequireAuthorization(p => p.RequireRole(Roles.ContestCommittee))
            .Produces<ResultView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(
        string code, ClaimsPrincipal user, IContestStore contests, IEntryStore entries, IResultStore results, CityClock city, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await contests.FindAsync(code, cancellationToken) is not { } contest)
        {
            return ContestProblems.NoContest(code);
        }

        var endsAt = contest.Rules.EndsAt(city);
        if (time.GetUtcNow() < endsAt)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"{code} has not ended.",
                detail: $"Likes count until {endsAt:yyyy-MM-dd HH:mm zzz}; the result can be decided after that.");
        }

        if (await results.FindAsync(code, cancellationToken) is not null)
        {
            return ContestProblems.ResultsLocked(code);
        }

        var ranking = ContestRanking.Rank(await entries.ApprovedTalliesAsync(code, cancellationToken), contest.Rules);
        var result = ContestResult.Lock(code, contest.Rules, ranking, user.UserId(), time);
        try
        {
            await results.SaveAsync(result, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            return ContestProblems.ResultsLocked(code);
        }

        return TypedResults.Created($"/api/publicity/contests/{code}/results", ResultView.From(result));
    }
}
