using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.PersonalData;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>
/// 报名 — anyone may register to enter an open contest with their name and mobile number, and receives the token
/// their entries are submitted with (shown once). One registration per number and contest; a lost token is reissued
/// by the organising committee, which can reach the number.
/// </summary>
public static class RegisterEntrant
{
    public sealed record Request(string? AuthorName, string? Phone);

    /// <summary>The registration, with the token in clear this one time.</summary>
    public sealed record Registered(Guid EntrantId, string ContestCode, string AuthorName, string Phone, string Token, string TokenHeader);

    public sealed record Reissued(Guid EntrantId, string Token, string TokenHeader);

    public static RouteGroupBuilder MapRegisterEntrant(this RouteGroupBuilder api)
    {
        api.MapPost("/contests/{code}/entrants", RegisterAsync)
            .WithName("RegisterContestEntrant")
            .WithTags("Contest entries")
            .WithSummary("Register to enter a contest with name and mobile number; answers the entrant's token once.")
            .AllowAnonymous()
            .Produces<Registered>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/contests/{code}/entrants/{entrantId:guid}/token", ReissueAsync)
            .WithName("ReissueContestEntrantToken")
            .WithTags("Contest entries")
            .WithSummary("Issue an entrant a new token (the old one stops working), for the committee to pass on.")
            .RequireAuthorization(p => p.RequireRole(Roles.ContestCommittee))
            .Produces<Reissued>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> RegisterAsync(
        string code, Request request, IContestStore contests, IEntrantStore entrants, PhoneProtector phones, CityClock city, TimeProvider time,
        ILogger<Entrant> log, CancellationToken cancellationToken)
    {
        if (await contests.FindAsync(code, cancellationToken) is not { } contest)
        {
            return ContestProblems.NoContest(code);
        }

        var errors = new ValidationErrors().Required("authorName", request.AuthorName, 50);
        errors.Check(PhoneNumber.NormalizeMobile(request.Phone ?? "") is not null, "phone", "'phone' is a mainland mobile number: 11 digits from 13… to 19….");
        errors.Check(city.Today <= contest.Rules.Closes, "contest", $"The contest closed on {contest.Rules.Closes:yyyy-MM-dd}.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var phone = phones.Protect(request.Phone!);
        var (token, hash) = EntrantToken.Issue();
        var entrant = Entrant.Register(code, request.AuthorName!.Trim(), phone, hash, time);
        try
        {
            await entrants.SaveAsync(entrant, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"This number is already registered for {code}.",
                detail: "Use the token you were given at registration; if it is lost, the organising committee can issue a new one.");
        }

        log.LogInformation("Entrant {EntrantId} registered for contest {ContestCode} with phone {Phone}", entrant.Id, code, phone.Masked);
        return TypedResults.Created($"/api/publicity/contests/{code}/entrants/{entrant.Id}",
            new Registered(entrant.Id, code, entrant.AuthorName, phone.Masked, token, EntrantToken.Header));
    }

    static async Task<IResult> ReissueAsync(string code, Guid entrantId, IEntrantStore entrants, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await entrants.FindAsync(entrantId, cancellationToken) is not { } entrant || entrant.ContestCode != code)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No entrant {entrantId} in contest {code}.");
        }

        var (token, hash) = EntrantToken.Issue();
        entrant.ReissueToken(hash, time);
        await entrants.SaveAsync(entrant, cancellationToken);
        return TypedResults.Ok(new Reissued(entrant.Id, token, EntrantToken.Header));
    }
}
