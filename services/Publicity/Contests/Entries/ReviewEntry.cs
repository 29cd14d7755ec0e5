using System.Security.Claims;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// 审核 — the organising committee approves a submitted entry with the link of its post on the official channel,
/// rejects it under a rule with a note, later disqualifies an approved one the same way, or finds an own post not the
/// same original video. Each is an event; none is possible once the result is locked.
/// </summary>
public static class ReviewEntry
{
    public sealed record Approval(string? OfficialPostUrl, long? Version);

    public sealed record Refusal(EntryRule? Rule, string? Note, long? Version);

    public sealed record Finding(long? Version);

    public static RouteGroupBuilder MapReviewEntry(this RouteGroupBuilder api)
    {
        Map(api.MapPost("/contests/{code}/entries/{id:guid}/approve", ApproveAsync), "ApproveContestEntry",
            "Approve a submitted entry and record its post on the official channel.");
        Map(api.MapPost("/contests/{code}/entries/{id:guid}/reject", RejectAsync), "RejectContestEntry",
            "Refuse a submitted entry under a rule (Unlawful, Unhealthy, OffTheme, NotOriginal, CopyrightDispute) with a note.");
        Map(api.MapPost("/contests/{code}/entries/{id:guid}/disqualify", DisqualifyAsync), "DisqualifyContestEntry",
            "Disqualify an approved entry under a rule with a note: it leaves the ranking.");
        Map(api.MapPost("/contests/{code}/entries/{id:guid}/posts/{platform}/not-same-video", DiscountAsync), "DiscountContestEntryPost",
            "Find an own post not the same original video: its likes no longer count.");
        return api;
    }

    static void Map(RouteHandlerBuilder route, string name, string summary) =>
        route.WithName(name)
            .WithTags("Contest review")
            .WithSummary(summary)
            .RequireAuthorization(p => p.RequireRole(Roles.ContestCommittee))
            .Produces<EntryView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    static Task<IResult> ApproveAsync(string code, Guid id, Approval request, ClaimsPrincipal user, EntryChange change, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Check(
            Uri.TryCreate(request.OfficialPostUrl, UriKind.Absolute, out var url) && url.Scheme == "https" && request.OfficialPostUrl!.Length <= 512,
            "officialPostUrl", "'officialPostUrl' is the https link of the entry's post on the official channel, at most 512 characters.");
        return errors.Any
            ? Task.FromResult(errors.ToResult())
            : change.ApplyAsync(code, id, request.Version, e => e.Approve(request.OfficialPostUrl!, user.UserId(), time), cancellationToken);
    }

    static Task<IResult> RejectAsync(string code, Guid id, Refusal request, ClaimsPrincipal user, EntryChange change, TimeProvider time, CancellationToken cancellationToken) =>
        RefuseAsync(code, id, request, change, (e, reason) => e.Reject(reason, user.UserId(), time), cancellationToken);

    static Task<IResult> DisqualifyAsync(string code, Guid id, Refusal request, ClaimsPrincipal user, EntryChange change, TimeProvider time, CancellationToken cancellationToken) =>
        RefuseAsync(code, id, request, change, (e, reason) => e.Disqualify(reason, user.UserId(), time), cancellationToken);

    static Task<IResult> DiscountAsync(
        string code, Guid id, string platform, Finding request, ClaimsPrincipal user, EntryChange change, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ContestPlatform>(platform, ignoreCase: false, out var found) || !Enum.IsDefined(found) || found == ContestPlatform.OfficialChannel)
        {
            return Task.FromResult(new ValidationErrors().Add("platform", "An own post is on Douyin or WeChatChannels.").ToResult());
        }

        return change.ApplyAsync(code, id, request.Version, e => e.FindNotTheSameVideo(found, user.UserId(), time), cancellationToken);
    }

    static Task<IResult> RefuseAsync(string code, Guid id, Refusal request, EntryChange change, Action<ContestEntry, string> refuse, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("rule", request.Rule).Required("note", request.Note, 500);
        return errors.Any
            ? Task.FromResult(errors.ToResult())
            : change.ApplyAsync(code, id, request.Version, e => refuse(e, $"{request.Rule}: {request.Note!.Trim()}"), cancellationToken);
    }
}
