using System.Security.Claims;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// Reading entries: an entrant their own (with their token), contest staff any (phone masked), and the committee alone
/// an entrant's number in full — each such reveal is logged with who asked, never with the number.
/// </summary>
public static class EntryQueries
{
    public sealed record RevealedPhone(Guid EntryId, string Phone);

    public static RouteGroupBuilder MapEntryQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/contests/{code}/entries/mine", MineAsync)
            .WithName("ListMyContestEntries")
            .WithTags("Contest entries")
            .WithSummary($"The entrant's own entries, with standing, findings and likes ({EntrantToken.Header}).")
            .AllowAnonymous()
            .Produces<IReadOnlyList<EntryView>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/contests/{code}/entries", ListAsync)
            .WithName("ListContestEntries")
            .WithTags("Contest entries")
            .WithSummary("A contest's entries, oldest first, optionally of one standing (phone masked).")
            .RequireAuthorization(p => p.RequireRole(Roles.ContestStaff))
            .Produces<Page<EntryView>>()
            .ProducesValidationProblem();

        api.MapGet("/contests/{code}/entries/{id:guid}", GetAsync)
            .WithName("GetContestEntry")
            .WithTags("Contest entries")
            .WithSummary("One entry with its posts' like counts (phone masked).")
            .RequireAuthorization(p => p.RequireRole(Roles.ContestStaff))
            .Produces<EntryView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/contests/{code}/entries/{id:guid}/likes", SeriesAsync)
            .WithName("GetContestEntryLikes")
            .WithTags("Contest entries")
            .WithSummary("The like snapshots kept for an entry's posts: its time series, oldest first per platform.")
            .RequireAuthorization(p => p.RequireRole(Roles.ContestStaff))
            .Produces<IReadOnlyList<LikeReading>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/contests/{code}/entries/{id:guid}/phone", RevealAsync)
            .WithName("RevealContestEntrantPhone")
            .WithTags("Contest entries")
            .WithSummary("The entrant's phone number in full, for the organising committee only; every reveal is logged.")
            .RequireAuthorization(p => p.RequireRole(Roles.ContestCommittee))
            .Produces<RevealedPhone>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> MineAsync(string code, HttpContext http, IEntrantStore entrants, IEntryStore entries, ILikeStore likes, CancellationToken cancellationToken)
    {
        if (await EntrantAccess.FromTokenAsync(http, code, entrants, cancellationToken) is not { } entrant)
        {
            return ContestProblems.BadToken();
        }

        var views = new List<EntryView>();
        foreach (var entry in await entries.ListByEntrantAsync(entrant.Id, cancellationToken))
        {
            views.Add(EntryView.From(entry, await likes.SeriesAsync(entry.Id, cancellationToken)));
        }

        return TypedResults.Ok(views);
    }

    static async Task<IResult> ListAsync(string code, EntryStanding? standing, int? page, int? pageSize, IEntryStore entries, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        return errors.Any ? errors.ToResult() : TypedResults.Ok((await entries.ListAsync(code, standing, request, cancellationToken)).Map(e => EntryView.From(e, [])));
    }

    static async Task<IResult> GetAsync(string code, Guid id, IEntryStore entries, ILikeStore likes, CancellationToken cancellationToken) =>
        await FindAsync(code, id, entries, cancellationToken) is { } entry
            ? TypedResults.Ok(EntryView.From(entry, await likes.SeriesAsync(id, cancellationToken)))
            : ContestProblems.NoEntry(code, id);

    static async Task<IResult> SeriesAsync(string code, Guid id, IEntryStore entries, ILikeStore likes, CancellationToken cancellationToken) =>
        await FindAsync(code, id, entries, cancellationToken) is not null
            ? TypedResults.Ok(await likes.SeriesAsync(id, cancellationToken))
            : ContestProblems.NoEntry(code, id);

    static async Task<IResult> RevealAsync(
        string code, Guid id, ClaimsPrincipal user, IEntryStore entries, IEntrantStore entrants, PhoneProtector phones, ILogger<EntryView> log,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(code, id, entries, cancellationToken) is not { } entry || await entrants.FindAsync(entry.EntrantId, cancellationToken) is not { } entrant)
        {
            return ContestProblems.NoEntry(code, id);
        }

        log.LogInformation("Entrant phone of entry {EntryId} in contest {ContestCode} revealed to {UserId}", id, code, user.UserId());
        return TypedResults.Ok(new RevealedPhone(id, phones.Reveal(entrant.Phone)));
    }

    /// <summary>The entry, when it belongs to the contest the route names.</summary>
    public static async Task<ContestEntry?> FindAsync(string code, Guid id, IEntryStore entries, CancellationToken cancellationToken) =>
        await entries.FindAsync(id, cancellationToken) is { } entry && entry.ContestCode == code ? entry : null;
}
