using Microsoft.AspNetCore.Http;

namespace DigitalCity.Publicity.Contests;

/// <summary>The contest API's shared refusals, worded once.</summary>
public static class ContestProblems
{
    public static IResult NoContest(string code) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No contest {code}.");

    public static IResult NoEntry(string code, Guid id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No entry {id} in contest {code}.");

    /// <summary>Once the result is locked nothing that decides it may change.</summary>
    public static IResult ResultsLocked(string code) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: $"The results of {code} are published.", detail: "Entries, theme scores and likes no longer change once the result is locked.");

    public static IResult BadToken() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
        title: "An entrant's token is required.",
        detail: $"Send the token you were given at registration in the {Entrants.EntrantToken.Header} header; the organising committee can issue a new one.");
}
