using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>A contest's rules are public: anyone may read them, as the bureau publishes them for entrants.</summary>
public static class ContestQueries
{
    public static RouteGroupBuilder MapContestQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/contests", ListAsync)
            .WithName("ListContests")
            .WithTags("Contests")
            .WithSummary("Contests by code, with their published rules.")
            .AllowAnonymous()
            .Produces<Page<ContestView>>()
            .ProducesValidationProblem();

        api.MapGet("/contests/{code}", GetAsync)
            .WithName("GetContest")
            .WithTags("Contests")
            .WithSummary("One contest's published rules.")
            .AllowAnonymous()
            .Produces<ContestView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> ListAsync(IContestStore store, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        return errors.Any ? errors.ToResult() : TypedResults.Ok((await store.ListAsync(request, cancellationToken)).Map(ContestView.From));
    }

    static async Task<IResult> GetAsync(string code, IContestStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(code, cancellationToken) is { } contest
            ? TypedResults.Ok(ContestView.From(contest))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No contest {code}.");
}
