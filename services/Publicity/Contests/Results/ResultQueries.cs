using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Results;

/// <summary>
/// The public leaderboard and the published result. The ranking is live until the result is locked — provisional, with
/// the tier each place would win now, from the <see cref="LiveTallies"/> — and every place says how its likes were
/// counted and why it stands there.
/// </summary>
public static class ResultQueries
{
    /// <summary>One place of the ranking.</summary>
    public sealed record Place(
        int Rank, Guid EntryId, string AuthorName, string Title, long TotalLikes, long OfficialLikes, ContestPlatform? CountedPlatform, long OwnLikes,
        decimal? ThemeImpression, decimal? BlendScore, string Score, string Why, string? Tier);

    public sealed record Ranking(string ContestCode, bool Provisional, DateTimeOffset CountingEndsAt, Page<Place> Places);

    public static RouteGroupBuilder MapResultQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/contests/{code}/ranking", RankingAsync)
            .WithName("GetContestRanking")
            .WithTags("Contest results")
            .WithSummary("The approved entries ranked by the contest's rule, each place explained; provisional until the result is locked.")
            .AllowAnonymous()
            .Produces<Ranking>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/contests/{code}/results", ResultAsync)
            .WithName("GetContestResults")
            .WithTags("Contest results")
            .WithSummary("The locked result: winners, tiers, vacant places, prize money.")
            .AllowAnonymous()
            .Produces<ResultView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> RankingAsync(
        string code, int? page, int? pageSize, IContestStore contests, LiveTallies live, IResultStore results, CityClock city, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (await contests.FindAsync(code, cancellationToken) is not { } contest)
        {
            return ContestProblems.NoContest(code);
        }

        var ranked = ContestRanking.Rank(await live.CurrentAsync(code, cancellationToken), contest.Rules);
        var tiers = AwardAllocation.Assign(ranked, contest.Rules).Awards.ToDictionary(a => a.Entry.Entry.EntryId, a => a.Tier.Name);
        var shown = Enumerable.Range(request.Skip, Math.Clamp(ranked.Count - request.Skip, 0, request.Size)).Select(i => ranked[i]);
        var places = shown.Select(r => new Place(r.Rank, r.Entry.EntryId, r.Entry.Author, r.Entry.Title,
            r.Score.TotalLikes, r.Score.OfficialLikes, r.Score.CountedPlatform, r.Score.OwnLikes, r.Entry.ThemeImpression, r.BlendScore,
            r.Score.Explanation, r.Why, tiers.GetValueOrDefault(r.Entry.EntryId))).ToList();
        var locked = await results.FindAsync(code, cancellationToken) is not null;
        return TypedResults.Ok(new Ranking(code, !locked, contest.Rules.EndsAt(city), new Page<Place>(places, request.Number, request.Size, ranked.Count)));
    }

    static async Task<IResult> ResultAsync(string code, IResultStore results, CancellationToken cancellationToken) =>
        await results.FindAsync(code, cancellationToken) is { } result
            ? TypedResults.Ok(ResultView.From(result))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No result for {code} yet.",
                detail: "The committee publishes it after the contest has ended; until then see the provisional ranking.");
}
