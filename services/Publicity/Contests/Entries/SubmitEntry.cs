using System.Text.RegularExpressions;
using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.Publicity.Contests.Entrants;
using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// 投稿 — a registered entrant submits an entry with their token: title, the original video by reference and content
/// hash, and their own posts. Every rule of <see cref="EntryRules"/> is checked and each broken one named. The same
/// video sent again by the same entrant answers the entry it already made (200), so a retry never makes two.
/// </summary>
public static partial class SubmitEntry
{
    public sealed record PostInput(ContestPlatform? Platform, string? Url, bool? CarriesTopic);

    public sealed record Request(string? Title, string? VideoRef, string? VideoHash, IReadOnlyList<PostInput>? OwnPosts);

    public static RouteGroupBuilder MapSubmitEntry(this RouteGroupBuilder api)
    {
        api.MapPost("/contests/{code}/entries", HandleAsync)
            .WithName("SubmitContestEntry")
            .WithTags("Contest entries")
            .WithSummary($"Submit an entry with the entrant's token ({EntrantToken.Header}): title, video reference and SHA-256, own posts.")
            .AllowAnonymous()
            .Produces<EntryView>(StatusCodes.Status201Created)
            .Produces<EntryView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> HandleAsync(
        string code, Request request, HttpContext http, IContestStore contests, IEntrantStore entrants, IEntryStore entries, CityClock city, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await contests.FindAsync(code, cancellationToken) is not { } contest)
        {
            return ContestProblems.NoContest(code);
        }

        if (await EntrantAccess.FromTokenAsync(http, code, entrants, cancellationToken) is not { } entrant)
        {
            return ContestProblems.BadToken();
        }

        var errors = new ValidationErrors().Required("title", request.Title, 100).Required("videoRef", request.VideoRef, 512);
        errors.Check(request.VideoHash is { } hash && Sha256Hex().IsMatch(hash), "videoHash", "'videoHash' is the video's SHA-256: 64 lower-case hex digits.");
        var posts = request.OwnPosts ?? [];
        errors.Check(posts.Count <= 2, "ownPosts", "At most one own post per platform.");
        for (var i = 0; i < posts.Count; i++)
        {
            errors.Required($"ownPosts[{i}].platform", posts[i].Platform);
            errors.Check(Uri.TryCreate(posts[i].Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" && posts[i].Url!.Length <= 512,
                $"ownPosts[{i}].url", "'url' is the post's http(s) link, at most 512 characters.");
            errors.Required($"ownPosts[{i}].carriesTopic", posts[i].CarriesTopic);
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var submission = new EntrySubmission(request.Title!.Trim(), request.VideoRef!.Trim(), request.VideoHash!,
            [.. posts.Select(p => new OwnPost(p.Platform!.Value, p.Url!, p.CarriesTopic!.Value))]);
        var earlier = await entries.FindByVideoAsync(code, submission.VideoHash, cancellationToken);
        if (earlier is not null && earlier.EntrantId == entrant.Id)
        {
            return TypedResults.Ok(EntryView.From(earlier, []));
        }

        var own = await entries.ListByEntrantAsync(entrant.Id, cancellationToken);
        EntryRules.Check(submission, contest.Rules, city.Today, own.Count(e => e.Standing != EntryStanding.Rejected), earlier is not null, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var entry = ContestEntry.Submit(submission, entrant, time);
        try
        {
            await entries.SaveAsync(entry, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            return await entries.FindByVideoAsync(code, submission.VideoHash, cancellationToken) is { } winner && winner.EntrantId == entrant.Id
                ? TypedResults.Ok(EntryView.From(winner, []))
                : errors.Add("videoHash", "This video has already been entered in the contest.").ToResult();
        }

        return TypedResults.Created($"/api/publicity/contests/{code}/entries/{entry.Id}", EntryView.From(entry, []));
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
